import type { MigrationInterface, QueryRunner } from 'typeorm';

// Domain events stored in the same transaction as the change, relayed to the job queue.
export class CreateOutbox1795663268285 implements MigrationInterface {
  name = 'CreateOutbox1795663268285';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        -- The job id: unlike the sequence it never repeats, even across databases sharing a Redis.
        uid uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        payload jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        relayed_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_unrelayed_idx ON outbox (id) WHERE relayed_at IS NULL`);
    // Wakes the relay when the inserting transaction commits, whoever inserted the rows.
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('convene_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE outbox`);
    await queryRunner.query(`DROP FUNCTION outbox_notify()`);
  }
}
