// Throughput of the two JobQueue adapters, side by side in one run (this machine is noisy, so
// rounds alternate and the ratio is what to read). Needs DATABASE_URL and REDIS_URL:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/convene REDIS_URL=redis://127.0.0.1:6379 npm run bench
import Bull from 'bull';
import { randomUUID } from 'node:crypto';
import { BullJobQueue } from '../src/adapters/bull/bull-job-queue.js';
import { createDataSource, runMigrations } from '../src/adapters/typeorm/data-source.js';
import { PostgresJobQueue } from '../src/adapters/typeorm/queue/postgres-job-queue.js';
import type { JobQueue } from '../src/domain/shared/index.js';

const JOBS = Number(process.env.BENCH_JOBS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONCURRENCY = 4;

if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
  console.error('bench/job-queue: set DATABASE_URL and REDIS_URL');
  process.exit(2);
}

const dataSource = createDataSource(process.env.DATABASE_URL, { poolSize: 10 });
await dataSource.initialize();
await runMigrations(dataSource);

/** Enqueues JOBS jobs, then processes them; returns [enqueue ms, drain ms]. */
async function round(queue: JobQueue): Promise<[number, number]> {
  const run = randomUUID();
  let done = 0;
  let finished: () => void = () => {};
  const all = new Promise<void>((resolve) => (finished = resolve));
  const t0 = performance.now();
  for (let i = 0; i < JOBS; i++) await queue.enqueue('bench.job', { i }, { id: `${run}-${i}` });
  const t1 = performance.now();
  await queue.process(
    {
      'bench.job': async () => {
        if (++done === JOBS) finished();
      },
    },
    CONCURRENCY,
  );
  await all;
  const t2 = performance.now();
  await queue.stop();
  return [t1 - t0, t2 - t1];
}

const results: Record<string, { enqueue: number[]; drain: number[] }> = {
  postgres: { enqueue: [], drain: [] },
  bull: { enqueue: [], drain: [] },
};
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 === 0 ? ['postgres', 'bull'] : ['bull', 'postgres']) {
    const queue: JobQueue =
      name === 'postgres'
        ? new PostgresJobQueue(dataSource, { pollIntervalMs: 50 })
        : new BullJobQueue(new Bull(`bench-${randomUUID()}`, process.env.REDIS_URL!, { prefix: 'convene-bench' }));
    const [enqueue, drain] = await round(queue);
    results[name].enqueue.push(enqueue);
    results[name].drain.push(drain);
  }
}
await dataSource.query(`DELETE FROM jobs WHERE name = 'bench.job'`);
await dataSource.destroy();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (ms: number) => Math.round((JOBS / ms) * 1000);
console.log(`${JOBS} jobs, ${ROUNDS} alternating rounds, concurrency ${CONCURRENCY} (medians)`);
for (const [name, r] of Object.entries(results)) {
  console.log(`  ${name.padEnd(8)} enqueue ${rate(median(r.enqueue))} jobs/s   process ${rate(median(r.drain))} jobs/s`);
}
const ratio = (k: 'enqueue' | 'drain') => (median(results.postgres[k]) / median(results.bull[k])).toFixed(2);
console.log(`  postgres/bull time ratio: enqueue ${ratio('enqueue')}x, process ${ratio('drain')}x`);
process.exit(0);
