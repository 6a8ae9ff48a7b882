// Roles and lifecycle: an API process and a worker process share the work through the database
// (and Redis when set); a stopped worker loses nothing; shutdown lets in-flight requests finish;
// a bad configuration stops the start with one line.
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startConvene } from '../../src/app.js';
import { loadConfig } from '../../src/modules/config/app-config.js';
import { testDatabaseUrl, unique } from '../support/database.js';
import { startSmtpReceiver } from '../support/smtp-receiver.js';

const SECRET = 'test-secret-that-is-long-enough-to-be-accepted-0123456789';

function configFor(role: string, smtpUrl: string, baseUrl: string) {
  return loadConfig(
    {
      ROLE: role,
      DATABASE_URL: testDatabaseUrl(),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      SMTP_URL: smtpUrl,
      PORT: '0',
      BASE_URL: baseUrl,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'convene-roles-')),
      JWT_SECRET: SECRET,
    },
    [],
  );
}

async function signUp(apiUrl: string, email: string): Promise<void> {
  const response = await fetch(`${apiUrl}/api`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { createUser(email: $e, password: $p) { email } }',
      variables: { e: email, p: 'long enough secret' },
    }),
  });
  const body = (await response.json()) as { data: { createUser: { email: string } } };
  expect(body.data.createUser.email).toBe(email);
}

describe('process roles', () => {
  it('an api process queues the work, and a worker started later delivers it', async () => {
    const smtp = await startSmtpReceiver();
    const baseUrl = `http://roles-${unique()}.test`;
    const api = await startConvene(configFor('api', smtp.url, baseUrl), { logger: ['error'] });
    let worker: Awaited<ReturnType<typeof startConvene>> | null = null;
    try {
      const email = `${unique('roles')}@example.org`;
      await signUp(api.url!, email);
      // Nobody works yet: no email may go out.
      await new Promise((r) => setTimeout(r, 1500));
      expect(smtp.messagesTo(email)).toHaveLength(0);
      worker = await startConvene(configFor('worker', smtp.url, baseUrl), { logger: ['error'] });
      expect(worker.url).toBeNull();
      const mail = await smtp.waitFor((m) => m.to.includes(email), 20_000);
      expect(mail.links.some((l) => l.startsWith(`${baseUrl}/validate/`))).toBe(true);
    } finally {
      await worker?.close();
      await api.close();
      await smtp.close();
    }
  });

  it('lets an in-flight request finish when it stops', async () => {
    const smtp = await startSmtpReceiver();
    const app = await startConvene(configFor('all', smtp.url, `http://shutdown-${unique()}.test`), { logger: ['error'] });
    const email = `${unique('inflight')}@example.org`;
    const body = JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { createUser(email: $e, password: $p) { email } }',
      variables: { e: email, p: 'long enough secret' },
    });
    // The request is sent in two halves: shutdown starts while the server is still reading it.
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(
        `${app.url}/api`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 40));
      setTimeout(() => req.end(body.slice(40)), 400);
    });
    await new Promise((r) => setTimeout(r, 150));
    let closed = false;
    const closing = app.close().then(() => (closed = true));
    const answer = await response;
    expect(closed).toBe(false); // the server waited for this request
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { createUser: { email } } });
    await closing;
    await smtp.close();
  });

  it('refuses a bad configuration with one line naming the variable, before starting anything', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'convene-bad-')) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('convene: invalid configuration: PORT: expected an integer, got "not-a-port"');
  });
});
