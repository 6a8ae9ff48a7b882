import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Accounts1764100000000 implements MigrationInterface {
  name = 'Accounts1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL DEFAULT 'USER' CHECK (role IN ('USER', 'MODERATOR', 'ADMINISTRATOR')),
        locale text NOT NULL DEFAULT 'en',
        confirmed_at timestamptz,
        confirmation_sent_at timestamptz,
        reset_password_sent_at timestamptz,
        disabled boolean NOT NULL DEFAULT false,
        default_actor_id bigint,
        last_sign_in_at timestamptz,
        last_sign_in_ip text,
        current_sign_in_at timestamptz,
        current_sign_in_ip text,
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Emails are stored normalized (trimmed, lower-cased) by the domain.
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);

    await q.query(`
      CREATE TABLE actors (
        id bigserial PRIMARY KEY,
        user_id bigint REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL DEFAULT 'Person',
        preferred_username text NOT NULL,
        domain text,
        name text NOT NULL DEFAULT '',
        summary text NOT NULL DEFAULT '',
        avatar_id bigint,
        banner_id bigint,
        suspended boolean NOT NULL DEFAULT false,
        manually_approves_followers boolean NOT NULL DEFAULT false,
        url text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX actors_local_username_key ON actors (preferred_username) WHERE domain IS NULL`);
    await q.query(`CREATE UNIQUE INDEX actors_remote_username_key ON actors (preferred_username, domain) WHERE domain IS NOT NULL`);
    await q.query(`CREATE INDEX actors_user_id_idx ON actors (user_id)`);
    await q.query(
      `ALTER TABLE users ADD CONSTRAINT users_default_actor_fk FOREIGN KEY (default_actor_id) REFERENCES actors (id) ON DELETE SET NULL`,
    );
    // A deleted local username is never given again: remote servers still know its old URL.
    await q.query(`CREATE TABLE retired_usernames (preferred_username text PRIMARY KEY, retired_at timestamptz NOT NULL DEFAULT now())`);

    await q.query(`
      CREATE TABLE account_tokens (
        digest text PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('confirmation', 'password-reset', 'email-change')),
        email text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX account_tokens_user_idx ON account_tokens (user_id, purpose)`);

    await q.query(`
      CREATE TABLE sessions (
        id bigserial PRIMARY KEY,
        user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        digest text NOT NULL UNIQUE,
        family uuid NOT NULL,
        expires_at timestamptz NOT NULL,
        rotated_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX sessions_family_idx ON sessions (family)`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sessions, account_tokens, retired_usernames`);
    await q.query(`ALTER TABLE users DROP CONSTRAINT users_default_actor_fk`);
    await q.query(`DROP TABLE actors, users`);
  }
}
