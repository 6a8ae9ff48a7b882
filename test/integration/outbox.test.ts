import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { domainEvent } from '../../src/domain/shared/domain-event.js';
import { JobQueue, type Job, type JobHandler, type JobOptions } from '../../src/domain/shared/ports/job-queue.js';
import { appendToOutbox } from '../../src/adapters/typeorm/outbox/append-to-outbox.js';
import { OutboxRelay } from '../../src/adapters/typeorm/outbox/outbox-relay.js';
import { PostgresJobQueue } from '../../src/adapters/typeorm/queue/postgres-job-queue.js';
import { openTestDataSource, unique } from '../support/database.js';
import { sleep, waitFor } from '../support/job-queue-contract.js';

let db: DataSource;

// A queue backend that is down for a while (e.g. Redis restarting).
class UnreliableQueue extends JobQueue {
  down = true;
  constructor(private readonly inner: JobQueue) {
    super();
  }
  async enqueue(name: string, payload: unknown, options: JobOptions): Promise<void> {
    if (this.down) throw new Error('queue unavailable');
    await this.inner.enqueue(name, payload, options);
  }
  process(handlers: Record<string, JobHandler>, concurrency?: number): Promise<void> {
    return this.inner.process(handlers, concurrency);
  }
  stop(): Promise<void> {
    return this.inner.stop();
  }
}

beforeAll(async () => {
  db = await openTestDataSource();
});

afterAll(async () => {
  await db.destroy();
});

interface OutboxRow {
  id: string;
  uid: string;
  name: string;
  payload: unknown;
  occurred_at: Date;
  relayed_at: Date | null;
}

function rowsNamed(names: string[]): Promise<OutboxRow[]> {
  return db.query(`SELECT * FROM outbox WHERE name = ANY($1::text[]) ORDER BY id`, [names]) as Promise<OutboxRow[]>;
}

describe('appendToOutbox', () => {
  it('stores the events with the transaction of the change', async () => {
    const [created, published] = [unique('event.created'), unique('event.published')];
    const occurredAt = new Date('2030-05-01T10:00:00.000Z');
    await db.transaction((manager) =>
      appendToOutbox(manager, [
        domainEvent(created, { eventId: 'e1' }, occurredAt),
        domainEvent(published, { eventId: 'e1', at: 3 }, occurredAt),
      ]),
    );

    const rows = await rowsNamed([created, published]);
    expect(rows.map(({ name, payload, occurred_at, relayed_at }) => ({ name, payload, occurred_at, relayed_at }))).toEqual([
      { name: created, payload: { eventId: 'e1' }, occurred_at: occurredAt, relayed_at: null },
      { name: published, payload: { eventId: 'e1', at: 3 }, occurred_at: occurredAt, relayed_at: null },
    ]);
  });

  it('stores nothing when the transaction rolls back', async () => {
    const name = unique('event.created');
    await expect(
      db.transaction(async (manager) => {
        await appendToOutbox(manager, [domainEvent(name, {}, new Date())]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await rowsNamed([name])).toEqual([]);
  });

  it('refuses to run outside a transaction', async () => {
    const name = unique('event.created');
    await expect(appendToOutbox(db.manager, [domainEvent(name, {}, new Date())])).rejects.toThrow(/inside the transaction/);
    expect(await rowsNamed([name])).toEqual([]);
  });
});

describe('OutboxRelay', () => {
  it('moves events to the job queue in order, named after the event, with occurredAt', async () => {
    const queue = new PostgresJobQueue(db, { pollIntervalMs: 50 });
    const names = [unique('a.happened'), unique('b.happened'), unique('c.happened')];
    const seen: Job[] = [];
    const record = async (job: Job) => void seen.push(job);
    await queue.process(Object.fromEntries(names.map((name) => [name, record])), 1);
    const occurredAt = new Date('2030-01-02T03:04:05.000Z');
    await db.transaction((manager) =>
      appendToOutbox(
        manager,
        names.map((name, i) => domainEvent(name, { i }, occurredAt)),
      ),
    );
    const rows = await rowsNamed(names);
    // Polling is effectively off: only the NOTIFY sent on commit can wake the relay quickly.
    const relay = new OutboxRelay(db, queue, () => {}, { pollIntervalMs: 60_000 });
    try {
      await relay.start();
      await waitFor(() => seen.length === 3, 10_000, 'three jobs');
      await sleep(300);
    } finally {
      await relay.stop();
      await queue.stop();
    }
    expect(seen).toEqual(
      rows.map((row, i) => ({ id: `outbox-${row.uid}`, name: names[i], payload: { i, occurredAt: occurredAt.toISOString() }, attempt: 1 })),
    );
    expect((await rowsNamed(names)).every((row) => row.relayed_at instanceof Date)).toBe(true);
  });

  it('wakes up on NOTIFY when an event is committed while it is idle', async () => {
    const queue = new PostgresJobQueue(db, { pollIntervalMs: 50 });
    const name = unique('late.happened');
    const seen: Job[] = [];
    await queue.process({ [name]: async (job) => void seen.push(job) });
    const relay = new OutboxRelay(db, queue, () => {}, { pollIntervalMs: 60_000 });
    try {
      await relay.start();
      await sleep(200);
      const committedAt = Date.now();
      await db.transaction((manager) => appendToOutbox(manager, [domainEvent(name, { late: true }, new Date())]));
      await waitFor(() => seen.length === 1, 5_000, 'the job');
      expect(Date.now() - committedAt).toBeLessThan(2_000);
    } finally {
      await relay.stop();
      await queue.stop();
    }
    expect(seen[0].payload).toMatchObject({ late: true });
  });

  it('leaves events unrelayed when the queue refuses them, and relays them later', async () => {
    const name = unique('flaky.happened');
    await db.transaction((manager) => appendToOutbox(manager, [domainEvent(name, { n: 1 }, new Date())]));
    const logged: string[] = [];
    const flaky = new UnreliableQueue(new PostgresJobQueue(db));
    const relay = new OutboxRelay(db, flaky, (line) => logged.push(line), { pollIntervalMs: 50 });
    try {
      await relay.start();
      await waitFor(() => logged.length > 0, 5_000, 'the failure to be logged');
      expect((await rowsNamed([name]))[0].relayed_at).toBeNull();
      flaky.down = false;
      await waitFor(async () => (await rowsNamed([name]))[0].relayed_at !== null, 5_000, 'the relay');
    } finally {
      await relay.stop();
    }
    expect(logged[0]).toContain('queue unavailable');
    const [row] = await rowsNamed([name]);
    const jobs = (await db.query(`SELECT name, payload FROM jobs WHERE id = $1`, [`outbox-${row.uid}`])) as {
      name: string;
      payload: object;
    }[];
    expect(jobs).toEqual([{ name, payload: { n: 1, occurredAt: row.occurred_at.toISOString() } }]);
  });
});
