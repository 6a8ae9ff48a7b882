// Aggregates know their id before they are stored (use cases record domain events that carry it),
// so ids are taken from the table's sequence first and inserted with the row.
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
