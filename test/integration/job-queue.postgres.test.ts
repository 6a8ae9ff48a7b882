import { afterAll, beforeAll } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { PostgresJobQueue } from '../../src/adapters/typeorm/queue/postgres-job-queue.js';
import { openTestDataSource } from '../support/database.js';
import { jobQueueContract } from '../support/job-queue-contract.js';

let inspector: DataSource;
beforeAll(async () => {
  inspector = await openTestDataSource();
});
afterAll(async () => {
  await inspector.destroy();
});

jobQueueContract('PostgresJobQueue', async () => {
  // One DataSource per queue, as separate processes would have.
  const dataSources: DataSource[] = [];
  return {
    async newQueue() {
      const dataSource = await openTestDataSource();
      dataSources.push(dataSource);
      return new PostgresJobQueue(dataSource, { pollIntervalMs: 50, leaseMs: 5000 });
    },
    async failureOf(id) {
      const rows = (await inspector.query(`SELECT last_error FROM jobs WHERE id = $1 AND state = 'failed'`, [id])) as {
        last_error: string;
      }[];
      return rows[0]?.last_error ?? null;
    },
    async dispose() {
      await Promise.all(dataSources.map((dataSource) => dataSource.destroy()));
    },
  };
});
