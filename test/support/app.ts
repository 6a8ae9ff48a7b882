// A real Convene instance for end-to-end tests: HTTP on a free port, the run's test database,
// Redis when REDIS_URL is set, and a real SMTP receiver.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startConvene, type RunningConvene } from '../../src/app.js';
import { loadConfig } from '../../src/modules/config/app-config.js';
import { testDatabaseUrl } from './database.js';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.js';

export interface GqlResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; code?: string; status_code?: number; field?: string; extensions?: Record<string, unknown> }[];
}

export interface Client {
  /** Bearer token sent with each request, when set. */
  token: string | null;
  ip: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, operationName?: string): Promise<GqlResponse<T>>;
}

export interface TestApp {
  convene: RunningConvene;
  url: string;
  smtp: SmtpReceiver;
  dataDir: string;
  client(token?: string | null): Client;
  close(): Promise<void>;
}

let ipCounter = 0;
let appCounter = 0;

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const smtp = await startSmtpReceiver();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'convene-e2e-'));
  const config = loadConfig(
    {
      DATABASE_URL: testDatabaseUrl(),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Convene Test <noreply@convene.test>',
      PORT: '0',
      // Unique per app: it also names the instance's keys in a shared Redis.
      BASE_URL: `http://convene-${process.pid}-${++appCounter}.test`,
      DATA_DIR: dataDir,
      JWT_SECRET: 'test-secret-that-is-long-enough-to-be-accepted-0123456789',
      // No periodic digests/reminders in tests unless a test asks for them.
      NOTIFY_TICK_SECONDS: '0',
      ...env,
    },
    [],
  );
  const convene = await startConvene(config, { logger: ['error', 'warn'] });
  const url = convene.url!;
  return {
    convene,
    url,
    smtp,
    dataDir,
    client(token = null) {
      // Each client looks like another machine (the app trusts X-Forwarded-For from loopback),
      // so per-IP rate limits apply per test client.
      ipCounter += 1;
      const client: Client = {
        token,
        ip: `10.${(process.pid >> 8) & 255}.${process.pid & 255}.${ipCounter % 250}`,
        async gql(query, variables = {}, operationName) {
          const response = await fetch(`${url}/api`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-forwarded-for': client.ip,
              authorization: client.token ? `Bearer ${client.token}` : 'null',
            },
            body: JSON.stringify({ query, variables, operationName }),
          });
          const body = (await response.json()) as { data: any; errors?: GqlResponse['errors'] };
          return { status: response.status, data: body.data, errors: body.errors };
        },
      };
      return client;
    },
    async close() {
      await convene.close();
      await smtp.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
