// "Killing the process between commit and delivery loses nothing": a child process commits a change
// with its domain event and is SIGKILLed at three moments; a fresh relay + worker then delivers.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { OutboxRelay } from '../../src/adapters/typeorm/outbox/outbox-relay.js';
import { PostgresJobQueue } from '../../src/adapters/typeorm/queue/postgres-job-queue.js';
import { openTestDataSource, testDatabaseUrl, unique } from '../support/database.js';
import { sleep, waitFor } from '../support/job-queue-contract.js';

const childScript = fileURLToPath(new URL('../support/outbox-crash-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let db: DataSource;

beforeAll(async () => {
  db = await openTestDataSource();
  await db.query(`CREATE TABLE IF NOT EXISTS crash_test_changes (id text PRIMARY KEY)`);
  await db.query(
    `CREATE TABLE IF NOT EXISTS crash_test_deliveries (change_id text NOT NULL, job_id text NOT NULL, attempt int NOT NULL, occurred_at text, delivered_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  );
});

afterAll(async () => {
  await db.destroy();
});

/** Runs the child until it prints `marker`, then kills it without any chance to clean up. */
function runChildAndKill(mode: string, eventName: string, changeId: string, marker: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, mode, eventName, changeId], {
      cwd: repoRoot,
      env: { ...process.env, TEST_DATABASE_URL: testDatabaseUrl() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!killed && stdout.split('\n').includes(marker)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`child did not reach "${marker}" (signal ${signal}):\n${stdout}\n${stderr}`));
    });
  });
}

async function outboxRowOf(eventName: string): Promise<{ id: string; uid: string; relayed_at: Date | null }> {
  const rows = (await db.query(`SELECT id, uid, relayed_at FROM outbox WHERE name = $1`, [eventName])) as {
    id: string;
    uid: string;
    relayed_at: Date | null;
  }[];
  expect(rows).toHaveLength(1);
  return rows[0];
}

interface JobRow {
  state: string;
  attempt: number;
  locked_by: string | null;
  locked_until: Date | null;
}

async function jobOf(id: string): Promise<JobRow | undefined> {
  const rows = (await db.query(`SELECT state, attempt, locked_by, locked_until FROM jobs WHERE id = $1`, [id])) as JobRow[];
  return rows[0];
}

interface Delivery {
  job_id: string;
  attempt: number;
  occurred_at: string;
  delivered_at: Date;
}

async function deliveriesOf(changeId: string): Promise<Delivery[]> {
  return (await db.query(`SELECT job_id, attempt, occurred_at, delivered_at FROM crash_test_deliveries WHERE change_id = $1`, [
    changeId,
  ])) as Delivery[];
}

const anIsoDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);

/** A fresh process' relay and worker, run until the change was delivered and a little longer. */
async function recover(eventName: string, changeId: string): Promise<void> {
  const dataSource = await openTestDataSource();
  const queue = new PostgresJobQueue(dataSource, { pollIntervalMs: 50, leaseMs: 1000 });
  const relay = new OutboxRelay(dataSource, queue, () => {}, { pollIntervalMs: 200 });
  try {
    await queue.process({
      [eventName]: async (job) => {
        const payload = job.payload as { changeId: string; occurredAt: string };
        await dataSource.query(`INSERT INTO crash_test_deliveries (change_id, job_id, attempt, occurred_at) VALUES ($1, $2, $3, $4)`, [
          payload.changeId,
          job.id,
          job.attempt,
          payload.occurredAt,
        ]);
      },
    });
    await relay.start();
    await waitFor(async () => (await deliveriesOf(changeId)).length > 0, 15_000, 'the delivery');
    // Long enough for a duplicate to show up if there were one.
    await sleep(700);
  } finally {
    await relay.stop();
    await queue.stop();
    await dataSource.destroy();
  }
}

describe('outbox + Postgres job queue survive SIGKILL', () => {
  it('killed right after the commit: the event is relayed and delivered by the next process', async () => {
    const eventName = unique('crash.after-commit');
    const changeId = unique('change');
    await runChildAndKill('after-commit', eventName, changeId, 'committed');

    const row = await outboxRowOf(eventName);
    expect(row.relayed_at).toBeNull();
    expect(await jobOf(`outbox-${row.uid}`)).toBeUndefined();

    await recover(eventName, changeId);
    expect(await deliveriesOf(changeId)).toEqual([
      { job_id: `outbox-${row.uid}`, attempt: 1, occurred_at: anIsoDate, delivered_at: expect.any(Date) },
    ]);
    expect((await outboxRowOf(eventName)).relayed_at).not.toBeNull();
    expect((await jobOf(`outbox-${row.uid}`))?.state).toBe('done');
  });

  it('killed after enqueuing but before marking relayed: relayed again, delivered once', async () => {
    const eventName = unique('crash.after-enqueue');
    const changeId = unique('change');
    await runChildAndKill('after-enqueue', eventName, changeId, 'enqueued');

    // The relay's transaction died with the process: the row is unrelayed, the job already queued.
    const row = await outboxRowOf(eventName);
    expect(row.relayed_at).toBeNull();
    expect((await jobOf(`outbox-${row.uid}`))?.state).toBe('queued');

    await recover(eventName, changeId);
    expect(await deliveriesOf(changeId)).toEqual([
      { job_id: `outbox-${row.uid}`, attempt: 1, occurred_at: anIsoDate, delivered_at: expect.any(Date) },
    ]);
    expect((await outboxRowOf(eventName)).relayed_at).not.toBeNull();
  });

  it('killed in the middle of the handler: another worker retries the job once its lease expired', async () => {
    const eventName = unique('crash.mid-handler');
    const changeId = unique('change');
    await runChildAndKill('mid-handler', eventName, changeId, 'handling');

    const row = await outboxRowOf(eventName);
    expect(row.relayed_at).not.toBeNull();
    const orphan = await jobOf(`outbox-${row.uid}`);
    expect(orphan).toMatchObject({ state: 'running', attempt: 1 });
    expect(orphan?.locked_by).toEqual(expect.stringMatching(/:\d+:/));

    await recover(eventName, changeId);
    const deliveries = await deliveriesOf(changeId);
    expect(deliveries).toEqual([{ job_id: `outbox-${row.uid}`, attempt: 2, occurred_at: anIsoDate, delivered_at: expect.any(Date) }]);
    expect((await jobOf(`outbox-${row.uid}`))?.state).toBe('done');
    // Not before the dead worker's lease ran out (both times are the database's clock).
    expect(deliveries[0].delivered_at.getTime()).toBeGreaterThanOrEqual(orphan!.locked_until!.getTime());
  });
});
