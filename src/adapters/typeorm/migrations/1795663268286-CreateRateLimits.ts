import type { MigrationInterface, QueryRunner } from 'typeorm';

// Fixed-window counters of the Postgres rate limiter (used when REDIS_URL is unset).
export class CreateRateLimits1795663268286 implements MigrationInterface {
  name = 'CreateRateLimits1795663268286';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rate_limits (
        key text PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX rate_limits_window_start_idx ON rate_limits (window_start)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limits`);
  }
}
