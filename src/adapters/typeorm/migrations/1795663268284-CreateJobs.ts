import type { MigrationInterface, QueryRunner } from 'typeorm';

// The Postgres job queue (used when REDIS_URL is unset), see queue/postgres-job-queue.ts.
export class CreateJobs1795663268284 implements MigrationInterface {
  name = 'CreateJobs1795663268284';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE jobs (
        id text PRIMARY KEY,
        name text NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempt integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL,
        backoff_ms integer NOT NULL,
        run_at timestamptz NOT NULL DEFAULT now(),
        locked_by text,
        locked_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    // Partial indexes: workers only ever scan due jobs and expired leases.
    await queryRunner.query(`CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE state = 'queued'`);
    await queryRunner.query(`CREATE INDEX jobs_lease_idx ON jobs (locked_until) WHERE state = 'running'`);
    await queryRunner.query(`CREATE INDEX jobs_done_idx ON jobs (finished_at) WHERE state = 'done'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE jobs`);
  }
}
