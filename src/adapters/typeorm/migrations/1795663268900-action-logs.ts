import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionLogs1795663268900 implements MigrationInterface {
  name = 'ActionLogs1795663268900';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys: the trail outlives what it speaks of (deleted events, users, profiles).
    await q.query(`
      CREATE TABLE action_logs (
        id bigserial PRIMARY KEY,
        moderator_actor_id bigint NOT NULL,
        action text NOT NULL,
        object_type text NOT NULL,
        object_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX action_logs_created_idx ON action_logs (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_logs`);
  }
}
