import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Comments1795663269200 implements MigrationInterface {
  name = 'Comments1795663269200';

  async up(q: QueryRunner): Promise<void> {
    // Deleted comments stay (soft delete) so their threads keep their shape; a hard-deleted
    // origin (its author's identity gone) leaves its replies as threads of their own.
    await q.query(`
      CREATE TABLE comments (
        id bigserial PRIMARY KEY,
        uuid uuid NOT NULL UNIQUE,
        url text NOT NULL,
        event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        text text NOT NULL,
        in_reply_to_id bigint REFERENCES comments (id) ON DELETE SET NULL,
        origin_id bigint REFERENCES comments (id) ON DELETE SET NULL,
        is_announcement boolean NOT NULL DEFAULT false,
        visibility text NOT NULL DEFAULT 'PUBLIC',
        language text NOT NULL DEFAULT 'und',
        deleted_at timestamptz,
        published_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // The event's threads, and each thread's replies.
    await q.query(
      `CREATE INDEX comments_event_threads_idx ON comments (event_id, is_announcement DESC, published_at DESC) WHERE origin_id IS NULL`,
    );
    await q.query(`CREATE INDEX comments_origin_idx ON comments (origin_id, published_at) WHERE origin_id IS NOT NULL`);
    await q.query(`CREATE INDEX comments_in_reply_to_idx ON comments (in_reply_to_id) WHERE in_reply_to_id IS NOT NULL`);
    await q.query(`CREATE INDEX comments_actor_idx ON comments (actor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE comments`);
  }
}
