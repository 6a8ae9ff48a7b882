// Several processes of an instance start together (api and worker): migrations must run once.
import { afterAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createDataSource, runMigrations } from '../../src/adapters/typeorm/data-source.js';
import { migrations } from '../../src/adapters/typeorm/migrations/index.js';
import { testDatabaseUrl, unique } from '../support/database.js';

describe('migrations', () => {
  const name = unique('migrate').toLowerCase();
  const server = new URL(testDatabaseUrl());
  const admin = () => {
    const url = new URL(server);
    url.pathname = '/postgres';
    return new pg.Client({ connectionString: url.toString() });
  };

  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  it('run once when two processes start at the same time on an empty database', async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    const [a, b] = [createDataSource(url.toString(), { poolSize: 3 }), createDataSource(url.toString(), { poolSize: 3 })];
    await Promise.all([a.initialize(), b.initialize()]);
    try {
      const [first, second] = await Promise.all([runMigrations(a), runMigrations(b)]);
      // One of them applied everything, the other found nothing left.
      expect([first.length, second.length].sort((x, y) => x - y)).toEqual([0, migrations.length]);
      expect(await runMigrations(a)).toEqual([]);
    } finally {
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });
});
