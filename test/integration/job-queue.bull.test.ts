import { describe, it } from '@jest/globals';
import Bull from 'bull';
import { BullJobQueue } from '../../src/adapters/bull/bull-job-queue.js';
import { unique } from '../support/database.js';
import { jobQueueContract } from '../support/job-queue-contract.js';

const redisUrl = process.env.REDIS_URL;

if (!redisUrl) {
  console.warn('[job-queue.bull] REDIS_URL is unset: the BullJobQueue contract tests are skipped');
  describe.skip('BullJobQueue (needs REDIS_URL)', () => {
    it('passes the JobQueue contract', () => {});
  });
} else {
  // A prefix per run and a queue per test: runs and tests never see each other's jobs.
  const prefix = unique('convene-test-');
  jobQueueContract('BullJobQueue', async () => {
    const name = unique('queue');
    const open = () => new Bull(name, redisUrl, { prefix });
    const inspector = open();
    return {
      async newQueue() {
        return new BullJobQueue(open());
      },
      async failureOf(id) {
        const job = await inspector.getJob(id);
        return job && (await job.isFailed()) ? (job.failedReason ?? '') : null;
      },
      async dispose() {
        await inspector.obliterate({ force: true });
        await inspector.close();
      },
    };
  });
}
