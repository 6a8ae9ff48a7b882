// One behaviour, two adapters: every JobQueue implementation must pass these tests.
import { afterEach, describe, expect, it } from '@jest/globals';
import { type Job, type JobQueue } from '../../src/domain/shared/ports/job-queue.js';
import { unique } from './database.js';

/** Everything a contract test needs from one adapter; a fresh one for every test. */
export interface JobQueueHarness {
  /** Another queue over the same storage, as another process would open it. */
  newQueue(): Promise<JobQueue>;
  /** Why a job was given up for good (null while it is not). */
  failureOf(id: string): Promise<string | null>;
  /** Releases what the harness opened (queues are stopped by the contract first). */
  dispose(): Promise<void>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

export function jobQueueContract(label: string, openHarness: () => Promise<JobQueueHarness>): void {
  describe(`${label} (JobQueue contract)`, () => {
    let harness: JobQueueHarness | null = null;
    const queues: JobQueue[] = [];

    async function open(count = 1): Promise<JobQueue[]> {
      harness ??= await openHarness();
      const opened: JobQueue[] = [];
      for (let i = 0; i < count; i += 1) {
        const queue = await harness.newQueue();
        queues.push(queue);
        opened.push(queue);
      }
      return opened;
    }

    afterEach(async () => {
      await Promise.all(queues.splice(0).map((queue) => queue.stop()));
      await harness?.dispose();
      harness = null;
    });

    it('delivers a job once, with its name, payload and id', async () => {
      const [queue] = await open();
      const name = unique('test.delivered');
      const id = unique('job');
      const seen: Job[] = [];
      await queue.process({ [name]: async (job) => void seen.push(job) });
      await queue.enqueue(name, { eventId: 42, tags: ['a', 'b'], nested: { ok: true } }, { id });

      await waitFor(() => seen.length > 0, 10_000, 'the job');
      await sleep(300);
      expect(seen).toEqual([{ id, name, payload: { eventId: 42, tags: ['a', 'b'], nested: { ok: true } }, attempt: 1 }]);
    });

    it('hands each job to the handler of its own name only', async () => {
      const [queue] = await open();
      const first = unique('test.first');
      const second = unique('test.second');
      const seen: string[] = [];
      await queue.process({
        [first]: async (job) => void seen.push(`first:${job.name}`),
        [second]: async (job) => void seen.push(`second:${job.name}`),
      });
      await queue.enqueue(first, {}, { id: unique('job') });
      await queue.enqueue(second, {}, { id: unique('job') });
      const ours = () => seen.filter((s) => s.endsWith(first) || s.endsWith(second));
      await waitFor(() => ours().length === 2, 10_000, 'both jobs');
      expect(ours().sort()).toEqual([`first:${first}`, `second:${second}`].sort());
    });

    it('keeps one job per id, even after it has run', async () => {
      const [queue] = await open();
      const name = unique('test.dedupe');
      const id = unique('job');
      const payloads: unknown[] = [];
      await queue.enqueue(name, { n: 1 }, { id });
      await queue.enqueue(name, { n: 2 }, { id });
      await queue.process({ [name]: async (job) => void payloads.push(job.payload) });
      await waitFor(() => payloads.length > 0, 10_000, 'the job');
      // The outbox relay may enqueue again after a crash: a finished job must not run twice.
      await queue.enqueue(name, { n: 3 }, { id });
      await sleep(500);
      expect(payloads).toEqual([{ n: 1 }]);
    });

    it('retries a failing job with a growing attempt counter until it succeeds', async () => {
      const [queue] = await open();
      const name = unique('test.retry');
      const id = unique('job');
      const attempts: number[] = [];
      let succeeded = false;
      await queue.process({
        [name]: async (job) => {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new Error(`transient failure ${job.attempt}`);
          succeeded = true;
        },
      });
      await queue.enqueue(name, {}, { id, attempts: 5, backoffMs: 10 });

      await waitFor(() => succeeded, 10_000, 'the third attempt');
      await sleep(300);
      expect(attempts).toEqual([1, 2, 3]);
      expect(await harness!.failureOf(id)).toBeNull();
    });

    it('gives a job up after its attempts and keeps the last error', async () => {
      const [queue] = await open();
      const name = unique('test.give-up');
      const id = unique('job');
      const attempts: number[] = [];
      await queue.process({
        [name]: async (job) => {
          attempts.push(job.attempt);
          throw new Error(`remote said no (${job.attempt})`);
        },
      });
      await queue.enqueue(name, {}, { id, attempts: 3, backoffMs: 10 });

      await waitFor(async () => (await harness!.failureOf(id)) !== null, 10_000, 'the job to be given up');
      await sleep(300);
      expect(attempts).toEqual([1, 2, 3]);
      expect(await harness!.failureOf(id)).toContain('remote said no (3)');
    });

    it('does not run a job before its runAt', async () => {
      const [queue] = await open();
      const name = unique('test.delayed');
      const ranAt: number[] = [];
      await queue.process({ [name]: async () => void ranAt.push(Date.now()) });
      const runAt = new Date(Date.now() + 800);
      await queue.enqueue(name, {}, { id: unique('job'), runAt });
      const now = unique('job');
      await queue.enqueue(name, {}, { id: now });

      await waitFor(() => ranAt.length === 2, 10_000, 'both jobs');
      // The undelayed job ran first; the delayed one not before its time (clocks are the same host's).
      expect(ranAt[0]).toBeLessThan(runAt.getTime());
      expect(ranAt[1]).toBeGreaterThanOrEqual(runAt.getTime() - 20);
      expect(ranAt[1]).toBeLessThan(runAt.getTime() + 5000);
    });

    it('stop() waits for the running job to finish', async () => {
      const [queue] = await open();
      const name = unique('test.slow');
      const id = unique('job');
      let started = false;
      let finished = false;
      await queue.process({
        [name]: async () => {
          started = true;
          await sleep(600);
          finished = true;
        },
      });
      await queue.enqueue(name, {}, { id });
      await waitFor(() => started, 10_000, 'the job to start');

      const stopping = Date.now();
      await queue.stop();
      expect(finished).toBe(true);
      expect(Date.now() - stopping).toBeGreaterThanOrEqual(300);
      // Finished while stopping: recorded as a success, not left to be retried.
      expect(await harness!.failureOf(id)).toBeNull();
    });

    it('never gives one job to two consumers', async () => {
      const [first, second] = await open(2);
      const name = unique('test.shared');
      const runs = new Map<string, string[]>();
      const handler = (consumer: string) => async (job: Job) => {
        runs.set(job.id, [...(runs.get(job.id) ?? []), consumer]);
        await sleep(15);
      };
      await first.process({ [name]: handler('first') }, 3);
      await second.process({ [name]: handler('second') }, 3);
      const ids = Array.from({ length: 40 }, () => unique('job'));
      await Promise.all(ids.map((id, i) => (i % 2 ? first : second).enqueue(name, { i }, { id })));

      await waitFor(() => runs.size === ids.length, 15_000, 'all jobs');
      await sleep(300);
      for (const id of ids) expect(runs.get(id)).toHaveLength(1);
      // Both took a share: the test did exercise concurrent claiming.
      expect(new Set([...runs.values()].flat())).toEqual(new Set(['first', 'second']));
    });
  });
}
