// Aggregates know their id before they are stored (use cases record domain events that carry it),
// so ids are taken from the table's sequence first and inserted with the row.
import { randomBytes } from 'node:crypto';
import type { EntityManager, EntityTarget, InsertQueryBuilder, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';

export const isId = (id: string | null | undefined): id is string => typeof id === 'string' && /^\d{1,18}$/.test(id);

/** The next value of the sequence behind the record's generated `id`. */
export async function nextId(manager: EntityManager, target: EntityTarget<ObjectLiteral>): Promise<string> {
  const table = manager.connection.getMetadata(target).tableName;
  // Sequences are beyond TypeORM's builders: one line of SQL.
  const [row]: { id: string }[] = await manager.query(`SELECT nextval(pg_get_serial_sequence($1, 'id'))::text AS id`, [table]);
  return row.id;
}

// Random ids are drawn from [2^40, 2^53): far above any sequence value, still exact as a JS number
// (the web client may parse one), and at most 16 digits (isId).
const RANDOM_MIN = 2n ** 40n;
const RANDOM_SPAN = 2n ** 53n - RANDOM_MIN;

/**
 * A random id for the record, unused in its table: for rows whose ids are shown to anyone, so that
 * an id tells neither when the row was made nor how many came before (ADR 0013).
 */
export async function randomId(manager: EntityManager, target: EntityTarget<ObjectLiteral>): Promise<string> {
  const table = manager.connection.getMetadata(target).tableName;
  for (;;) {
    const id = String(RANDOM_MIN + (randomBytes(8).readBigUInt64BE() % RANDOM_SPAN));
    // A clash is a one-in-billions chance; checked anyway, as the key must never be reused.
    const [row]: { taken: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM ${manager.connection.driver.escape(table)} WHERE id = $1) AS taken`,
      [id],
    );
    if (!row.taken) return id;
  }
}

/**
 * An INSERT that names every column, the generated `id` included: left to itself TypeORM drops a
 * generated key from the insert (and `save()` would first SELECT the row). Chain `orUpdate` or
 * `orIgnore` for an upsert. Nothing is read back unless asked (`returning`).
 */
export function insertWithId<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): InsertQueryBuilder<T> {
  const columns = manager.connection
    .getMetadata(target)
    .columns.filter((c) => c.isInsert)
    .map((c) => c.propertyPath);
  return manager.createQueryBuilder().insert().into(target, columns).values(values).updateEntity(false);
}
