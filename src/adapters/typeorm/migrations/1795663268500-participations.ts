import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Participations1795663268500 implements MigrationInterface {
  name = 'Participations1795663268500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participations (
        id bigserial PRIMARY KEY,
        event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('CREATOR', 'ADMINISTRATOR', 'MODERATOR', 'PARTICIPANT', 'NOT_APPROVED', 'NOT_CONFIRMED', 'REJECTED', 'INVITED')),
        message text,
        -- Anonymous participations: email, locale, digests of their confirmation/cancellation tokens.
        metadata jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One participation per identity and event; anonymous ones (the instance's actor) are told
    // apart by their email.
    await q.query(
      `CREATE UNIQUE INDEX participations_event_actor_key ON participations (event_id, actor_id, (coalesce(metadata->>'email', '')))`,
    );
    await q.query(`CREATE INDEX participations_actor_idx ON participations (actor_id)`);
    await q.query(`CREATE INDEX participations_event_role_idx ON participations (event_id, role)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE participations`);
  }
}
