// One database for the whole run, migrated once. DATABASE_URL set: a fresh `<db>_test` database
// on that server. Unset: the embedded PostgreSQL, as a user's first `npm start` gets it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { EmbeddedDatabase } from '../../src/adapters/typeorm/embedded-postgres.js';

declare global {
  var __embeddedDatabase: EmbeddedDatabase | undefined;
  var __embeddedDataDir: string | undefined;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export default async function globalSetup(): Promise<void> {
  let url: string;
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `${server.pathname.slice(1) || 'convene'}_test`;
    const maintenance = new URL(server);
    maintenance.pathname = '/postgres';
    const admin = new pg.Client({ connectionString: maintenance.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    server.pathname = `/${name}`;
    url = server.toString();
  } else {
    // Jest's module mapping does not reach global setup; this file imports only npm packages.
    const { startEmbeddedPostgres } = (await import(
      path.join(here, '../../src/adapters/typeorm/embedded-postgres.ts')
    )) as typeof import('../../src/adapters/typeorm/embedded-postgres.js');
    // A 0700 folder, as a first user's may be: as root, the cluster then lives where the
    // 'postgres' user can reach it (see embedded-postgres.ts); the teardown removes both.
    const dataDir = mkdtempSync(path.join(tmpdir(), 'convene-test-'));
    globalThis.__embeddedDataDir = dataDir;
    globalThis.__embeddedDatabase = await startEmbeddedPostgres(dataDir, (line) => console.log(line));
    url = globalThis.__embeddedDatabase.url;
    console.log(`\n[tests] DATABASE_URL unset: using an embedded PostgreSQL (${globalThis.__embeddedDatabase.directory})`);
  }
  process.env.TEST_DATABASE_URL = url;
  // Migrations run as the app runs them, in a child process (tsx resolves our `.js` imports).
  execFileSync(process.execPath, ['--import', 'tsx', path.join(here, 'migrate.ts')], {
    env: { ...process.env, TEST_DATABASE_URL: url },
    stdio: 'inherit',
  });
}
