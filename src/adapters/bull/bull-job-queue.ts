// The job queue when REDIS_URL is set: one Bull queue for every job name, shared by all processes.
import type Bull from 'bull';
import { JobQueue, type JobHandler, type JobOptions } from '../../domain/shared/ports/job-queue.js';

/** The one Bull queue of the app (`BullModule.registerQueue({ name: CONVENE_QUEUE })`). */
export const CONVENE_QUEUE = 'convene';

const DEFAULT_ATTEMPTS = 8;
const DEFAULT_BACKOFF_MS = 1000;
// Completed jobs are removed after a day: until then their id still deduplicates enqueues (the
// outbox relay may enqueue twice after a crash). Failed jobs stay for inspection.
const KEEP_COMPLETED = { age: 24 * 3600 };

export class BullJobQueue extends JobQueue {
  private processing = false;

  constructor(
    private readonly queue: Bull.Queue,
    private readonly log: (line: string) => void = () => {},
  ) {
    super();
  }

  async enqueue(name: string, payload: unknown, options: JobOptions): Promise<void> {
    const delay = options.runAt ? Math.max(0, options.runAt.getTime() - Date.now()) : 0;
    // Bull ignores an add whose jobId already exists: that is the dedupe.
    await this.queue.add(name, payload ?? null, {
      jobId: options.id,
      attempts: options.attempts ?? DEFAULT_ATTEMPTS,
      backoff: { type: 'exponential', delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
      delay: delay > 0 ? delay : undefined,
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: false,
    });
  }

  async process(handlers: Record<string, JobHandler>, concurrency = 1): Promise<void> {
    if (this.processing) throw new Error('BullJobQueue.process() was already called');
    this.processing = true;
    const known = { ...handlers };
    this.queue.on('failed', (job, error) => {
      if (job.attemptsMade >= (job.opts.attempts ?? 1)) {
        this.log(`job queue: ${job.name} ${String(job.id)} failed for good after ${job.attemptsMade} attempts: ${error.message}`);
      }
    });
    await this.queue.isReady();
    // One '*' processor: named processors would each add their own concurrency.
    // Bull's process() only settles when the queue closes, so it is not awaited.
    this.queue
      .process('*', Math.max(1, concurrency), async (job: Bull.Job) => {
        const handler = known[job.name];
        if (!handler) throw new Error(`no handler for job ${job.name}`);
        await handler({ id: String(job.id), name: job.name, payload: job.data, attempt: job.attemptsMade + 1 });
      })
      .catch((error: unknown) => this.log(`job queue: Bull worker stopped: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Closes the queue; Bull waits for the active jobs first. */
  async stop(): Promise<void> {
    // Under load Bull's QUIT can time out and it drops the connection instead: commands still queued
    // on it then fail with "Connection is closed", which must not escape a shutdown.
    await this.queue
      .close()
      .catch((error: unknown) => this.log(`job queue: closing: ${error instanceof Error ? error.message : String(error)}`));
  }
}
