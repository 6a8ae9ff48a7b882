import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795663268800 implements MigrationInterface {
  name = 'Notifications1795663268800';

  async up(q: QueryRunner): Promise<void> {
    // One row per email already sent (or being sent), by deterministic key: the idempotency of
    // notification jobs, which may run more than once.
    await q.query(`
      CREATE TABLE sent_notifications (
        key text PRIMARY KEY,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sent_notifications_sent_at_idx ON sent_notifications (sent_at)`);
    // "Last digest of this account": byte-wise prefix ranges on the key.
    await q.query(`CREATE INDEX sent_notifications_key_pattern_idx ON sent_notifications (key text_pattern_ops)`);
    // Changes participants were not told about yet: quick edits are gathered into one email.
    await q.query(`
      CREATE TABLE event_pending_changes (
        event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        field text NOT NULL,
        -- The window's start (the job's id) and the latest change (what a sent email covered).
        first_changed_at timestamptz NOT NULL,
        last_changed_at timestamptz NOT NULL,
        PRIMARY KEY (event_id, field)
      )`);
    // Reminders and digests look events up by start time.
    await q.query(`CREATE INDEX IF NOT EXISTS events_begins_on_notify_idx ON events (begins_on) WHERE draft = false`);
    // Digests of pending requests look them up by age.
    await q.query(`CREATE INDEX participations_pending_created_idx ON participations (created_at) WHERE role = 'NOT_APPROVED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX participations_pending_created_idx`);
    await q.query(`DROP INDEX IF EXISTS events_begins_on_notify_idx`);
    await q.query(`DROP TABLE event_pending_changes`);
    await q.query(`DROP TABLE sent_notifications`);
  }
}
