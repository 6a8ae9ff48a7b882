// Operations endpoints through a running app (issue 12.4): liveness, and readiness that names the
// dependency that fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:net';
import { startTestApp, type TestApp } from '../support/app.js';

describe('health endpoints', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('/health/live answers 200 while the process is up', async () => {
    const response = await fetch(`${app.url}/health/live`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/health/ready checks the database, the queue and the SMTP relay', async () => {
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { status: string; failed: string[]; checks: Record<string, string> };
    expect(body).toEqual({ status: 'ok', failed: [], checks: { database: 'ok', queue: 'ok', smtp: 'ok' } });
  });
});

describe('readiness with an SMTP relay that does not answer', () => {
  let app: TestApp;
  let silent: Server;
  beforeAll(async () => {
    // Accepts connections and never greets: the SMTP check must time out, not hang the request.
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    app = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('answers 503 naming smtp, while the database and queue are fine', async () => {
    const started = Date.now();
    const response = await fetch(`${app.url}/health/ready`);
    expect(response.status).toBe(503);
    const body = (await response.json()) as { status: string; failed: string[]; checks: Record<string, string> };
    expect(body.status).toBe('unavailable');
    expect(body.failed).toEqual(['smtp']);
    expect(body.checks.database).toBe('ok');
    expect(body.checks.queue).toBe('ok');
    expect(body.checks.smtp).toMatch(/no answer within/);
    expect(Date.now() - started).toBeLessThan(10_000);
    // Liveness does not depend on it.
    expect((await fetch(`${app.url}/health/live`)).status).toBe(200);
  });
});
