import { JobQueue, type JobHandler, type JobOptions } from '../../src/domain/shared/index.js';

/** Keeps enqueued jobs by id (a second enqueue with the same id is ignored, like the real queues). */
export class RecordingJobQueue extends JobQueue {
  readonly jobs = new Map<string, { name: string; payload: unknown; options: JobOptions }>();

  async enqueue(name: string, payload: unknown, options: JobOptions): Promise<void> {
    if (!this.jobs.has(options.id)) this.jobs.set(options.id, { name, payload, options });
  }
  async process(_handlers: Record<string, JobHandler>): Promise<void> {}
  async stop(): Promise<void> {}

  named(name: string): { id: string; payload: unknown; options: JobOptions }[] {
    return [...this.jobs.entries()].filter(([, j]) => j.name === name).map(([id, j]) => ({ id, payload: j.payload, options: j.options }));
  }
}
