import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795663269000 implements MigrationInterface {
  name = 'Reports1795663269000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys to actors or events: a report (and what it pointed at) must outlive the
    // deletion of the reported content or of either identity; readers answer null for what is gone.
    await q.query(`
      CREATE TABLE reports (
        id bigserial PRIMARY KEY,
        uuid uuid NOT NULL UNIQUE,
        url text NOT NULL,
        reporter_actor_id bigint NOT NULL,
        reported_actor_id bigint NOT NULL,
        content text NOT NULL DEFAULT '',
        event_ids bigint[] NOT NULL DEFAULT '{}',
        comment_ids bigint[] NOT NULL DEFAULT '{}',
        forward boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED', 'RESOLVED')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX reports_status_created_idx ON reports (status, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX reports_reported_idx ON reports (reported_actor_id)`);
    await q.query(`
      CREATE TABLE report_notes (
        id bigserial PRIMARY KEY,
        report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        moderator_actor_id bigint NOT NULL,
        content text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX report_notes_report_idx ON report_notes (report_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report_notes`);
    await q.query(`DROP TABLE reports`);
  }
}
