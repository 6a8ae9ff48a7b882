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

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
