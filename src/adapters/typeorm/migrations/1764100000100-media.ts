import type { MigrationInterface, QueryRunner } from 'typeorm';

// Uploaded images. No foreign key to actors: actors.avatar_id/banner_id will reference media,
// and a key each way would make a cycle; actor_id is informative (who uploaded it).
export class Media1764100000100 implements MigrationInterface {
  name = 'Media1764100000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE media (
        id bigserial PRIMARY KEY,
        uuid uuid NOT NULL UNIQUE,
        user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        actor_id bigint,
        kind text NOT NULL CHECK (kind IN ('media', 'avatar', 'banner')),
        name text NOT NULL DEFAULT '',
        alt text NOT NULL DEFAULT '',
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size >= 0),
        width integer NOT NULL,
        height integer NOT NULL,
        file_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX media_user_id_idx ON media (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE media`);
  }
}
