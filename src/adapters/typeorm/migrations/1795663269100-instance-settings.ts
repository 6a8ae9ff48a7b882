import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InstanceSettings1795663269100 implements MigrationInterface {
  name = 'InstanceSettings1795663269100';

  async up(q: QueryRunner): Promise<void> {
    // One row (id = 1) once an administrator saved anything; until then the environment's
    // defaults apply. The settings are one JSON document: they are read and written whole.
    await q.query(`
      CREATE TABLE instance_settings (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        settings jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE instance_settings`);
  }
}
