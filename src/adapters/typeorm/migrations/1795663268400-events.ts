import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1795663268400 implements MigrationInterface {
  name = 'Events1795663268400';

  async up(q: QueryRunner): Promise<void> {
    // All four are "trusted" contrib extensions and exist in the embedded server; no PostGIS.
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    // unaccent() is only STABLE; this wrapper with an explicit dictionary may be indexed.
    await q.query(`CREATE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                   AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);

    await q.query(`
      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        uuid uuid NOT NULL UNIQUE,
        url text NOT NULL UNIQUE,
        slug text NOT NULL,
        organizer_actor_id bigint NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        begins_on timestamptz NOT NULL,
        ends_on timestamptz,
        status text NOT NULL,
        visibility text NOT NULL,
        join_options text NOT NULL,
        external_participation_url text,
        category text NOT NULL,
        tags text[] NOT NULL DEFAULT '{}',
        picture_id bigint REFERENCES media (id) ON DELETE SET NULL,
        physical_address jsonb,
        lon double precision,
        lat double precision,
        online_address text,
        phone_address text,
        language text NOT NULL DEFAULT 'und',
        contact_ids bigint[] NOT NULL DEFAULT '{}',
        metadata jsonb NOT NULL DEFAULT '[]',
        options jsonb NOT NULL,
        is_online boolean NOT NULL DEFAULT false,
        draft boolean NOT NULL DEFAULT false,
        publish_at timestamptz,
        sequence integer NOT NULL DEFAULT 0,
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        -- Written with search_vector: the title and tags as searched (lower case, no accents).
        title_key text NOT NULL DEFAULT '',
        tag_keys text[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    // Listings, feeds and search only ever look at published public events.
    await q.query(`CREATE INDEX events_listed_begins_idx ON events (begins_on) WHERE NOT draft AND visibility = 'PUBLIC'`);
    await q.query(`CREATE INDEX events_organizer_idx ON events (organizer_actor_id, begins_on)`);
    await q.query(`CREATE INDEX events_search_idx ON events USING gin (search_vector)`);
    await q.query(`CREATE INDEX events_title_trgm_idx ON events USING gin (title_key gin_trgm_ops)`);
    await q.query(`CREATE INDEX events_tags_idx ON events USING gin (tag_keys)`);
    await q.query(`CREATE INDEX events_earth_idx ON events USING gist (ll_to_earth(lat, lon)) WHERE lat IS NOT NULL`);

    await q.query(`
      CREATE TABLE tags (
        id bigserial PRIMARY KEY,
        slug text NOT NULL UNIQUE,
        title text NOT NULL
      )`);
    await q.query(`CREATE INDEX tags_title_trgm_idx ON tags USING gin (f_unaccent(lower(title)) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE event_tags (
        event_id bigint NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        tag_id bigint NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, tag_id)
      )`);
    await q.query(`CREATE INDEX event_tags_tag_idx ON event_tags (tag_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE event_tags, tags, events`);
    await q.query(`DROP FUNCTION f_unaccent(text)`);
  }
}
