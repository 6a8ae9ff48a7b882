// The TypeORM records are checked against the schema the migrations build: TypeORM's own schema
// builder lists what it would change to make the database match the entities, and that list must
// be empty. Migrations stay the only writers of the schema (never `synchronize`); this test is
// what keeps the records honest about column types, nullability, defaults, keys and indexes.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { createDataSource, runMigrations } from '../../src/adapters/typeorm/data-source.js';
import { entities } from '../../src/adapters/typeorm/entities.js';
import { testDatabaseUrl, unique } from '../support/database.js';

describe('TypeORM records and the migrated schema', () => {
  // A database of its own, built by the migrations alone: other tests add tables of their own
  // to the run's database.
  const name = unique('schema').toLowerCase();
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  let dataSource: DataSource;

  async function admin(sql: string): Promise<void> {
    const maintenance = new URL(testDatabaseUrl());
    maintenance.pathname = '/postgres';
    const client = new pg.Client({ connectionString: maintenance.toString() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    dataSource = createDataSource(url.toString(), { poolSize: 2 });
    await dataSource.initialize();
    await runMigrations(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('agree: the schema builder has nothing to change', async () => {
    const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
    expect(upQueries.map((q) => q.query)).toEqual([]);
  });

  it('cover every table of the schema, each with one record', async () => {
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
    );
    // TypeORM's own bookkeeping of applied migrations.
    const tables = rows.map((r) => r.table_name).filter((name) => name !== 'schema_migrations');
    const mapped = dataSource.entityMetadatas.map((m) => m.tableName);
    expect([...mapped].sort()).toEqual([...tables].sort());
    expect(new Set(mapped).size).toBe(entities.length);
    expect(tables.length).toBeGreaterThanOrEqual(21);
  });

  it('would notice a record that disagrees with its table', async () => {
    // The same check on a deliberately wrong record: a nullable email and a missing column.
    @Entity('users')
    class WrongUserRecord {
      @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
      @Column({ type: 'text', nullable: true }) email: string | null;
    }
    const wrong = new DataSource({ type: 'postgres', url: url.toString(), entities: [WrongUserRecord], extra: { max: 1 } });
    await wrong.initialize();
    try {
      const queries = (await wrong.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query).join('\n');
      expect(queries).toContain('DROP COLUMN "password_hash"');
      expect(queries).toMatch(/ALTER COLUMN "email" DROP NOT NULL/);
    } finally {
      await wrong.destroy();
    }
  });
});
