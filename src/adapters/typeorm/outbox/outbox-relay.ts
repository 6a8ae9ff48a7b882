// Moves committed domain events from the outbox table to the job queue, oldest first.
// A batch is claimed (FOR UPDATE SKIP LOCKED, so several relays can run), enqueued with the job id
// `outbox-<id>`, then marked relayed in the same transaction. A crash after the enqueue and before
// the commit leaves the rows unrelayed; the next relay enqueues them again under the same ids and
// the queue keeps one job each. Nothing committed is lost, nothing is delivered twice.
import type { DataSource } from 'typeorm';
import { JobQueue } from '../../../domain/shared/ports/job-queue.js';
import { PgListener } from '../queue/pg-listener.js';
import { OutboxRecord } from './outbox.record.js';

export const OUTBOX_CHANNEL = 'convene_outbox';

export interface OutboxRelayOptions {
  /** Safety net besides LISTEN/NOTIFY (missed notification, failed enqueue). */
  pollIntervalMs?: number;
  batchSize?: number;
  /** Relayed rows are deleted after this. */
  keepRelayedMs?: number;
}

const CLEANUP_INTERVAL_MS = 10 * 60_000;

export function outboxJobId(outboxUid: string): string {
  return `outbox-${outboxUid}`;
}

export class OutboxRelay {
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly keepRelayedMs: number;
  private running = false;
  private relaying: Promise<void> | null = null;
  private relayAgain = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private cleanupTimer: NodeJS.Timeout | null = null;
  private listener: PgListener | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly log: (line: string) => void,
    options: OutboxRelayOptions = {},
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.batchSize = options.batchSize ?? 100;
    this.keepRelayedMs = options.keepRelayedMs ?? 7 * 24 * 3600_000;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.listener = new PgListener(this.dataSource, OUTBOX_CHANNEL, () => this.wake(), this.log);
    await this.listener.start();
    this.cleanupTimer = setInterval(() => void this.cleanup(), CLEANUP_INTERVAL_MS);
    this.cleanupTimer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.cleanupTimer) clearInterval(this.cleanupTimer);
    this.pollTimer = this.cleanupTimer = null;
    await this.listener?.stop();
    this.listener = null;
    await this.relaying;
  }

  /** Relays everything unrelayed now; returns how many events were moved. */
  async relayPending(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.relayBatch();
      total += moved;
      if (moved < this.batchSize) return total;
    }
  }

  private wake(): void {
    if (!this.running) return;
    if (this.relaying) {
      this.relayAgain = true;
      return;
    }
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
    this.relaying = this.relayPending()
      .then(
        () => undefined,
        (error: unknown) => this.log(`outbox relay: ${error instanceof Error ? error.message : String(error)}; retrying`),
      )
      .finally(() => {
        this.relaying = null;
        if (!this.running) return;
        if (this.relayAgain) {
          this.relayAgain = false;
          this.wake();
        } else {
          this.pollTimer = setTimeout(() => this.wake(), this.pollIntervalMs);
        }
      });
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      // Rows another relay holds are skipped, not waited for.
      const rows = await manager
        .createQueryBuilder(OutboxRecord, 'o')
        .where('o.relayedAt IS NULL')
        .orderBy('o.id')
        .limit(this.batchSize)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (rows.length === 0) return 0;
      // Sequential, in id order: jobs are enqueued in the order the events were recorded.
      for (const row of rows) {
        await this.queue.enqueue(row.name, { ...row.payload, occurredAt: row.occurredAt.toISOString() }, { id: outboxJobId(row.uid) });
      }
      await manager
        .createQueryBuilder()
        .update(OutboxRecord)
        .set({ relayedAt: () => 'now()' })
        .where('id = ANY(:ids::bigint[])', { ids: rows.map((row) => row.id) })
        .execute();
      return rows.length;
    });
  }

  private async cleanup(): Promise<void> {
    try {
      await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(OutboxRecord)
        .where('relayed_at < now() - make_interval(secs => :keep::double precision / 1000)', { keep: this.keepRelayedMs })
        .execute();
    } catch (error) {
      this.log(`outbox relay: cleanup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
