// Run by test/integration/outbox-crash.test.ts as a separate process, which the test SIGKILLs at
// the moment named by the mode. It prints a marker line when it has reached that moment.
//   node --import tsx test/support/outbox-crash-child.ts <mode> <eventName> <changeId>
//   mode: after-commit    commit a change and its outbox row, then hang (relay never ran)
//         after-enqueue   also relay: the job is enqueued, the outbox row not yet marked relayed
//         mid-handler     also relay and work: the job's handler has started and hangs
import { JobQueue, type JobHandler, type JobOptions } from '../../src/domain/shared/ports/job-queue.js';
import { domainEvent } from '../../src/domain/shared/domain-event.js';
import { DataSource } from 'typeorm';
import { OutboxRecord } from '../../src/adapters/typeorm/outbox/outbox.record.js';
import { JobRecord } from '../../src/adapters/typeorm/queue/job.record.js';
import { appendToOutbox } from '../../src/adapters/typeorm/outbox/append-to-outbox.js';
import { OutboxRelay } from '../../src/adapters/typeorm/outbox/outbox-relay.js';
import { PostgresJobQueue } from '../../src/adapters/typeorm/queue/postgres-job-queue.js';

const [mode, eventName, changeId] = process.argv.slice(2);
const hang = () => new Promise<never>(() => setInterval(() => {}, 1 << 30));

// Enqueues for real, then never returns: the relay's transaction stays open until the kill.
class EnqueueThenHang extends JobQueue {
  constructor(private readonly inner: JobQueue) {
    super();
  }
  async enqueue(name: string, payload: unknown, options: JobOptions): Promise<void> {
    await this.inner.enqueue(name, payload, options);
    if (name === eventName) {
      console.log('enqueued');
      await hang();
    }
  }
  process(handlers: Record<string, JobHandler>, concurrency?: number): Promise<void> {
    return this.inner.process(handlers, concurrency);
  }
  stop(): Promise<void> {
    return this.inner.stop();
  }
}

async function main(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url || !mode || !eventName || !changeId) throw new Error('usage: <mode> <eventName> <changeId> with TEST_DATABASE_URL');
  // Only the records these adapters use: the child starts fast, and the test kills it on time.
  const dataSource = new DataSource({ type: 'postgres', url, entities: [OutboxRecord, JobRecord], installExtensions: false });
  await dataSource.initialize();

  await dataSource.transaction(async (manager) => {
    await manager.query(`INSERT INTO crash_test_changes (id) VALUES ($1)`, [changeId]);
    await appendToOutbox(manager, [domainEvent(eventName, { changeId }, new Date())]);
  });
  console.log('committed');
  if (mode === 'after-commit') return hang();

  const queue = new PostgresJobQueue(dataSource, { pollIntervalMs: 50, leaseMs: 1000 });
  if (mode === 'after-enqueue') {
    await new OutboxRelay(dataSource, new EnqueueThenHang(queue), () => {}).relayPending();
    return;
  }
  if (mode === 'mid-handler') {
    await new OutboxRelay(dataSource, queue, () => {}).relayPending();
    await queue.process({
      [eventName]: async () => {
        console.log('handling');
        await hang();
      },
    });
    return hang();
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
