// The job queue of a single-machine install (no REDIS_URL): a `jobs` table polled by workers.
// Workers claim with FOR UPDATE SKIP LOCKED, so any number of processes can share the table, and
// hold a lease (`locked_until`, renewed while the handler runs): the job of a killed process is
// claimed again once its lease has expired. LISTEN/NOTIFY wakes idle workers at once.
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { JobQueue, type Job, type JobHandler, type JobOptions } from '../../../domain/shared/ports/job-queue.js';
import { JobRecord } from './job.record.js';
import { PgListener } from './pg-listener.js';

export const JOBS_CHANNEL = 'convene_jobs';

export interface PostgresJobQueueOptions {
  /** Idle workers look for due jobs this often (delayed jobs, retries, missed notifications). */
  pollIntervalMs?: number;
  /** A claimed job belongs to its worker this long; renewed every third of it while running. */
  leaseMs?: number;
  /** Done jobs are deleted after this (ids stay deduplicated until then). */
  keepDoneMs?: number;
  /** Longest retry delay, whatever the attempt. */
  maxBackoffMs?: number;
  log?: (line: string) => void;
}

interface ClaimedRow {
  id: string;
  name: string;
  payload: unknown;
  attempt: number;
}

// The job is still this worker's (see markDone, markFailed).
const OUR_LEASE = 'id = :id AND locked_by = :worker AND attempt = :attempt';

const DEFAULT_ATTEMPTS = 8;
const DEFAULT_BACKOFF_MS = 1000;
const MAINTENANCE_INTERVAL_MS = 60_000;

export class PostgresJobQueue extends JobQueue {
  private readonly pollIntervalMs: number;
  private readonly leaseMs: number;
  private readonly keepDoneMs: number;
  private readonly maxBackoffMs: number;
  private readonly log: (line: string) => void;
  // Identifies this worker's leases; the host and pid help whoever reads the table.
  private readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  private handlers: Record<string, JobHandler> = {};
  private concurrency = 1;
  private running = false;
  private readonly active = new Map<string, Promise<void>>();
  private fetching: Promise<void> | null = null;
  private fetchAgain = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  private maintenanceTimer: NodeJS.Timeout | null = null;
  private listener: PgListener | null = null;

  constructor(
    private readonly dataSource: DataSource,
    options: PostgresJobQueueOptions = {},
  ) {
    super();
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.keepDoneMs = options.keepDoneMs ?? 24 * 3600_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 3600_000;
    this.log = options.log ?? (() => {});
  }

  async enqueue(name: string, payload: unknown, options: JobOptions): Promise<void> {
    // ON CONFLICT DO NOTHING makes enqueue idempotent; only a real insert notifies workers.
    // Raw SQL: the insert and its NOTIFY in one statement (a CTE), on the hot path of the relay.
    await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO jobs (id, name, payload, max_attempts, backoff_ms, run_at)
         VALUES ($1, $2, $3::jsonb, $4, $5, coalesce($6::timestamptz, now()))
         ON CONFLICT (id) DO NOTHING
         RETURNING name
       )
       SELECT pg_notify('${JOBS_CHANNEL}', name) FROM inserted`,
      [
        options.id,
        name,
        JSON.stringify(payload ?? null),
        options.attempts ?? DEFAULT_ATTEMPTS,
        options.backoffMs ?? DEFAULT_BACKOFF_MS,
        options.runAt ?? null,
      ],
    );
  }

  async process(handlers: Record<string, JobHandler>, concurrency = 1): Promise<void> {
    if (this.running) throw new Error('PostgresJobQueue.process() was already called');
    this.handlers = { ...handlers };
    this.concurrency = Math.max(1, concurrency);
    this.running = true;
    this.listener = new PgListener(
      this.dataSource,
      JOBS_CHANNEL,
      (name) => {
        if (name in this.handlers) this.wake();
      },
      this.log,
    );
    await this.listener.start();
    this.heartbeatTimer = setInterval(() => void this.renewLeases(), Math.max(50, Math.floor(this.leaseMs / 3)));
    this.maintenanceTimer = setInterval(() => void this.maintain(), MAINTENANCE_INTERVAL_MS);
    this.maintenanceTimer.unref();
    void this.maintain();
    this.wake();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.maintenanceTimer) clearInterval(this.maintenanceTimer);
    this.pollTimer = this.maintenanceTimer = null;
    await this.listener?.stop();
    this.listener = null;
    // A claim in flight may still hand us jobs: wait for it, then for every running handler.
    await this.fetching;
    await Promise.all(this.active.values());
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
  }

  /** Looks for due jobs now (coalesces calls that arrive while a claim is in flight). */
  private wake(): void {
    if (!this.running) return;
    if (this.fetching) {
      this.fetchAgain = true;
      return;
    }
    this.fetching = this.fetch().finally(() => {
      this.fetching = null;
      if (this.fetchAgain) {
        this.fetchAgain = false;
        this.wake();
      }
    });
  }

  private async fetch(): Promise<void> {
    if (this.pollTimer) clearTimeout(this.pollTimer);
    this.pollTimer = null;
    try {
      while (this.running && this.active.size < this.concurrency) {
        const jobs = await this.claim(this.concurrency - this.active.size);
        for (const row of jobs) this.start(row);
        if (jobs.length === 0) break;
      }
    } catch (error) {
      this.log(`job queue: claiming failed: ${describe(error)}`);
    }
    if (this.running) {
      this.pollTimer = setTimeout(() => this.wake(), this.pollIntervalMs);
    }
  }

  private async claim(limit: number): Promise<ClaimedRow[]> {
    const names = Object.keys(this.handlers);
    if (names.length === 0 || limit <= 0) return [];
    // Due queued jobs, and running jobs whose worker stopped renewing its lease (it died).
    // Raw SQL: claiming is one UPDATE over a FOR UPDATE SKIP LOCKED selection (a CTE), so that
    // concurrent workers never wait for each other nor take the same job.
    const [rows] = (await this.dataSource.query(
      `WITH next AS (
         SELECT id FROM jobs
         WHERE name = ANY($1::text[])
           AND ((state = 'queued' AND run_at <= now())
             OR (state = 'running' AND locked_until < now() AND attempt < max_attempts))
         ORDER BY run_at, id
         LIMIT $2
         FOR UPDATE SKIP LOCKED
       )
       UPDATE jobs SET state = 'running', attempt = jobs.attempt + 1, locked_by = $3,
                       locked_until = now() + make_interval(secs => $4::double precision / 1000)
       FROM next WHERE jobs.id = next.id
       RETURNING jobs.id, jobs.name, jobs.payload, jobs.attempt`,
      [names, limit, this.workerId, this.leaseMs],
    )) as [ClaimedRow[], number];
    return rows;
  }

  private start(row: ClaimedRow): void {
    const key = `${row.id}#${row.attempt}`;
    const job: Job = { id: row.id, name: row.name, payload: row.payload, attempt: row.attempt };
    const run = this.runJob(job).finally(() => {
      this.active.delete(key);
      // A slot is free: look for more work right away.
      this.wake();
    });
    this.active.set(key, run);
  }

  private async runJob(job: Job): Promise<void> {
    let failure: unknown = null;
    try {
      await this.handlers[job.name](job);
    } catch (error) {
      failure = error;
    }
    try {
      if (failure === null) await this.markDone(job);
      else await this.markFailed(job, failure);
    } catch (error) {
      // The lease will expire and another attempt will run: handlers are idempotent.
      this.log(`job queue: could not record the outcome of ${job.name} ${job.id}: ${describe(error)}`);
    }
  }

  // Both updates check the lease is still ours: after an expiry another worker may own the job.
  private async markDone(job: Job): Promise<void> {
    await this.jobs()
      .set({ state: 'done', finishedAt: () => 'now()', lockedBy: null, lockedUntil: null })
      .where(OUR_LEASE, { id: job.id, worker: this.workerId, attempt: job.attempt })
      .execute();
  }

  private async markFailed(job: Job, error: unknown): Promise<void> {
    // The last attempt fails the job for good; an earlier one is retried after an exponential backoff.
    const result = await this.jobs()
      .set({
        state: () => `CASE WHEN attempt >= max_attempts THEN 'failed' ELSE 'queued' END`,
        runAt: () => `CASE WHEN attempt >= max_attempts THEN run_at
                      ELSE now() + make_interval(secs => least(backoff_ms * power(2, attempt - 1), :maxBackoff) / 1000.0) END`,
        finishedAt: () => 'CASE WHEN attempt >= max_attempts THEN now() END',
        lastError: describe(error, true),
        lockedBy: null,
        lockedUntil: null,
      })
      .where(OUR_LEASE, { id: job.id, worker: this.workerId, attempt: job.attempt, maxBackoff: this.maxBackoffMs })
      .returning(['state'])
      .execute();
    if ((result.raw as { state: string }[])[0]?.state === 'failed') {
      this.log(`job queue: ${job.name} ${job.id} failed for good after ${job.attempt} attempts: ${describe(error)}`);
    }
  }

  private jobs() {
    return this.dataSource.createQueryBuilder().update(JobRecord);
  }

  private async renewLeases(): Promise<void> {
    if (this.active.size === 0) return;
    const ids = [...this.active.keys()].map((key) => key.slice(0, key.lastIndexOf('#')));
    try {
      await this.jobs()
        .set({ lockedUntil: () => 'now() + make_interval(secs => :lease::double precision / 1000)' })
        .where(`id = ANY(:ids::text[]) AND locked_by = :worker AND state = 'running'`, { ids, worker: this.workerId, lease: this.leaseMs })
        .execute();
    } catch (error) {
      this.log(`job queue: renewing leases failed: ${describe(error)}`);
    }
  }

  // Housekeeping any worker may do: give up jobs that died on their last attempt, drop old done ones.
  private async maintain(): Promise<void> {
    try {
      await this.jobs()
        .set({
          state: 'failed',
          finishedAt: () => 'now()',
          lockedBy: null,
          lockedUntil: null,
          lastError: () => `coalesce(last_error || E'\\n', '') || 'worker lost during the last attempt'`,
        })
        .where(`state = 'running' AND locked_until < now() AND attempt >= max_attempts`)
        .execute();
      await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(JobRecord)
        .where(`state = 'done' AND finished_at < now() - make_interval(secs => :keep::double precision / 1000)`, { keep: this.keepDoneMs })
        .execute();
    } catch (error) {
      this.log(`job queue: maintenance failed: ${describe(error)}`);
    }
  }
}

function describe(error: unknown, withStack = false): string {
  if (error instanceof Error) return (withStack && error.stack ? error.stack : error.message).slice(0, 4000);
  return String(error).slice(0, 4000);
}
