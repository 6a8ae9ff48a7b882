import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedTokens1795663268700 implements MigrationInterface {
  name = 'FeedTokens1795663268700';

  async up(q: QueryRunner): Promise<void> {
    // The token is the secret of a feed URL and is shown again to its owner: stored as is (256
    // random bits). Tokens go with their account or identity.
    await q.query(`
      CREATE TABLE feed_tokens (
        token text PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        actor_id bigint REFERENCES actors (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX feed_tokens_user_idx ON feed_tokens (user_id)`);
    await q.query(`CREATE INDEX feed_tokens_actor_idx ON feed_tokens (actor_id) WHERE actor_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE feed_tokens`);
  }
}
