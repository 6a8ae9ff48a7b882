// Durable background work. Two adapters (Bull on Redis, a Postgres table) pass one contract suite.
export interface JobOptions {
  /** Enqueuing twice with the same id keeps one job: the outbox relay relies on it. */
  id: string;
  /** Attempts before the job is given up (default 8). */
  attempts?: number;
  /** First retry delay in ms, doubled on each failure (default 1000). */
  backoffMs?: number;
  /** Run no earlier than this. */
  runAt?: Date;
}

export interface Job<P = unknown> {
  id: string;
  name: string;
  payload: P;
  attempt: number;
}

export type JobHandler = (job: Job) => Promise<void>;

export abstract class JobQueue {
  abstract enqueue(name: string, payload: unknown, options: JobOptions): Promise<void>;
  /** Start consuming; each handler must be idempotent (a job may run more than once). Every name
   * the queue carries needs a handler (the worker's job table is complete by type). */
  abstract process(handlers: Record<string, JobHandler>, concurrency?: number): Promise<void>;
  /** Stop taking new jobs and wait for the running ones. */
  abstract stop(): Promise<void>;
}
