// Search latency on a large instance: seeds 100,000 published events (once; BENCH_EVENTS to
// change) in the database of DATABASE_URL, then times the repository's queries that back
// `searchEvents` and `events` (median and p95 of repeated runs, measured side by side).
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/convene_bench npm run bench:search
import { createDataSource, runMigrations } from '../src/adapters/typeorm/data-source.js';
import { TypeOrmEventRepository } from '../src/adapters/typeorm/events/typeorm-event.repository.js';
import type { EventQuery } from '../src/domain/events/index.js';

const TARGET = Number(process.env.BENCH_EVENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
if (!process.env.DATABASE_URL) {
  console.error('bench/search: set DATABASE_URL (a database the bench may fill)');
  process.exit(2);
}

const db = createDataSource(process.env.DATABASE_URL, { poolSize: 4 });
await db.initialize();
await runMigrations(db);

const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events WHERE title LIKE 'Bench %'`);
if (n < TARGET) {
  const started = performance.now();
  const [user] = await db.query(
    `INSERT INTO users (email, password_hash) VALUES ('bench-' || gen_random_uuid() || '@example.org', 'x') RETURNING id`,
  );
  const [actor] = await db.query(
    `INSERT INTO actors (user_id, preferred_username, url) VALUES ($1, 'bench_' || replace(gen_random_uuid()::text, '-', ''), 'https://bench.test/@' || gen_random_uuid()) RETURNING id`,
    [user.id],
  );
  const words = [
    'concert',
    'jazz',
    'atelier',
    'randonnée',
    'réunion',
    'marché',
    'cinéma',
    'théâtre',
    'football',
    'lecture',
    'repair café',
    'picnic',
    'conférence',
    'yoga',
    'vélo',
  ];
  const cities = [
    ['Paris', 2.35, 48.85],
    ['Lyon', 4.83, 45.76],
    ['Marseille', 5.37, 43.3],
    ['Lille', 3.06, 50.63],
    ['Nantes', -1.55, 47.22],
    ['Berlin', 13.4, 52.52],
    ['Madrid', -3.7, 40.42],
  ];
  // In SQL, in batches: a realistic mix of words, places (±0.3°), dates over two years, tags.
  for (let done = n; done < TARGET; done += 10_000) {
    const count = Math.min(10_000, TARGET - done);
    await db.query(
      `INSERT INTO events (uuid, url, slug, organizer_actor_id, title, description, begins_on, ends_on, status, visibility, join_options,
         category, tags, physical_address, lon, lat, options, created_at, updated_at)
       SELECT u, 'https://bench.test/events/' || u, 'bench', $1,
              'Bench ' || w.word || ' ' || c.city || ' ' || i, '<p>Description of ' || w.word || ' number ' || i || '</p>',
              now() + (i % 730 - 30) * interval '1 day', now() + (i % 730 - 30) * interval '1 day' + interval '3 hours',
              'CONFIRMED', 'PUBLIC', 'FREE', 'MEETING', ARRAY[w.word, 'tag' || (i % 50)],
              jsonb_build_object('locality', c.city), c.lon + (random() - 0.5) * 0.6, c.lat + (random() - 0.5) * 0.6, '{}', now(), now()
       FROM generate_series($2::int, $3::int) AS i
       CROSS JOIN LATERAL (SELECT gen_random_uuid() AS u WHERE i IS NOT NULL) g
       CROSS JOIN LATERAL (SELECT ($4::text[])[1 + i % array_length($4::text[], 1)] AS word) w
       CROSS JOIN LATERAL (SELECT ($5::text[])[1 + i % array_length($5::text[], 1)] AS city, ($6::float8[])[1 + i % array_length($6::float8[], 1)] AS lon, ($7::float8[])[1 + i % array_length($7::float8[], 1)] AS lat) c`,
      [actor.id, done, done + count - 1, words, cities.map((c) => c[0]), cities.map((c) => c[1]), cities.map((c) => c[2])],
    );
  }
  await db.query(
    `UPDATE events SET title_key = f_unaccent(lower(title)), tag_keys = (SELECT coalesce(array_agg(f_unaccent(lower(t))), '{}') FROM unnest(tags) t),
       search_vector = setweight(to_tsvector('simple', f_unaccent(lower(title))), 'A') ||
       setweight(to_tsvector('simple', f_unaccent(lower(array_to_string(tags, ' ')))), 'A') ||
       setweight(to_tsvector('simple', f_unaccent(lower(regexp_replace(description, '<[^>]*>', ' ', 'g')))), 'C')
     WHERE title LIKE 'Bench %' AND search_vector = ''::tsvector`,
  );
  await db.query(`ANALYZE events`);
  console.log(`seeded ${TARGET - n} events in ${Math.round(performance.now() - started)} ms`);
}

const repo = new TypeOrmEventRepository(db);
const now = new Date();
const queries: Record<string, EventQuery> = {
  'term "jazz"': { listedOnly: true, term: 'jazz', endsAfter: now, orderBy: 'RELEVANCE' },
  'term with accent typo "theatre lyon"': { listedOnly: true, term: 'theatre lyon', endsAfter: now, orderBy: 'RELEVANCE' },
  'typo in title "randonee marseile"': { listedOnly: true, term: 'randonee marseile', endsAfter: now, orderBy: 'RELEVANCE' },
  'tag "tag7"': { listedOnly: true, tags: ['tag7'], endsAfter: now },
  '10 km around Paris': { listedOnly: true, near: { point: { lon: 2.35, lat: 48.85 }, radiusKm: 10 }, endsAfter: now },
  'term + 25 km around Lyon': {
    listedOnly: true,
    term: 'concert',
    near: { point: { lon: 4.83, lat: 45.76 }, radiusKm: 25 },
    endsAfter: now,
  },
  'upcoming, by date (events)': { listedOnly: true, orderBy: 'BEGINS_ON', direction: 'ASC', endsAfter: now },
};
const results: [string, number, number, number][] = [];
const timings = new Map<string, number[]>(Object.keys(queries).map((k) => [k, []]));
for (let run = 0; run < RUNS; run++) {
  for (const [name, query] of Object.entries(queries)) {
    const started = performance.now();
    const page = await repo.find(query, { page: 1, limit: 20 });
    timings.get(name)!.push(performance.now() - started);
    if (run === 0) results.push([name, page.total, 0, 0]);
  }
}
const [{ total }] = await db.query(`SELECT count(*)::int AS total FROM events`);
console.log(`${total} events; ${RUNS} runs per query, queries interleaved; page of 20 with its total`);
for (const [name, hits] of results) {
  const sorted = timings.get(name)!.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  console.log(`  ${name.padEnd(36)} ${String(hits).padStart(6)} hits   median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`);
}
await db.destroy();
