import { DataSource } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';

export function createDataSource(url: string, options: { poolSize?: number; logging?: boolean } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    // Extensions are the migrations' business; left on, TypeORM would create uuid-ossp at every
    // connection because a record has a generated uuid (gen_random_uuid() is built in).
    installExtensions: false,
    logging: options.logging ?? false,
    extra: {
      max: options.poolSize ?? 10,
      // Event search keeps titles ≥ 0.45 similar to a query with a typo (ADR 6); with the same
      // threshold for pg_trgm's `%`, the trigram index prefilters at that level instead of 0.3,
      // which halves the cost of typo searches (bench/search.ts). Set per session: no privilege needed.
      options: '-c pg_trgm.similarity_threshold=0.45',
    },
  });
}

// Any constant shared by every process of the app (the letters of "CONVENE" in ASCII).
const MIGRATION_LOCK = 67_79_78_86_69_78_69;

/** Several processes may start at once (api and worker): one migrates, the others wait for it
 * and then find nothing left to do. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
