import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/adapters/typeorm/data-source.js';

/** The run's migrated test database (see global-setup.ts). */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is set by test/support/global-setup.ts');
  return url;
}

export async function openTestDataSource(): Promise<DataSource> {
  const dataSource = createDataSource(testDatabaseUrl(), { poolSize: 4 });
  await dataSource.initialize();
  return dataSource;
}

/** Unique suffix so tests sharing the run's database never collide. */
let counter = 0;
export function unique(prefix = 'u'): string {
  counter += 1;
  return `${prefix}${process.pid}${Date.now().toString(36)}${counter}`;
}
