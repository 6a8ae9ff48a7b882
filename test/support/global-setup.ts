// One database for the whole run, migrated once. DATABASE_URL set: a fresh `<db>_test` database
// on that server. Unset: the embedded PostgreSQL, as a user's first `npm start` gets it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/adapters/typeorm/embedded-postgres.js';
import { createDataSource, runMigrations } from '../../src/adapters/typeorm/data-source.js';

declare global {
  var __embeddedDatabase: EmbeddedDatabase | undefined;
}

export default async function globalSetup(): Promise<void> {
  let url: string;
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `${server.pathname.slice(1) || 'convene'}_test`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    server.pathname = `/${name}`;
    url = server.toString();
  } else {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'convene-test-'));
    globalThis.__embeddedDatabase = await startEmbeddedPostgres(dataDir, (line) => console.log(line));
    url = globalThis.__embeddedDatabase.url;
    console.log(`\n[tests] DATABASE_URL unset: using an embedded PostgreSQL (${dataDir})`);
  }
  process.env.TEST_DATABASE_URL = url;
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
}
