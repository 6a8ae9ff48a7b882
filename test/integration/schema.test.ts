// The TypeORM records are checked against the schema the migrations build: TypeORM's own schema
// builder lists what it would change to make the database match the entities, and that list must
// be empty. Migrations stay the only writers of the schema (never `synchronize`); this test is
// what keeps the records honest about column types, nullability, defaults, keys and indexes.
import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { entities } from '../../src/adapters/typeorm/entities.js';
import { openTestDataSource, testDatabaseUrl } from '../support/database.js';

describe('TypeORM records and the migrated schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await openTestDataSource();
  });
  afterAll(async () => {
    await dataSource.destroy();
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
    const wrong = new DataSource({ type: 'postgres', url: testDatabaseUrl(), entities: [WrongUserRecord], extra: { max: 1 } });
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
