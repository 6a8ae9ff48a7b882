// Repositories store their aggregate's domain events with this, in the transaction of the change:
// the events exist if and only if the change was committed.
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import type { DomainEvent } from '../../../domain/shared/domain-event.js';
import { OutboxRecord } from './outbox.record.js';

export async function appendToOutbox(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  // Outside a transaction the change and its events could be committed apart: refuse loudly.
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction that stores the change (manager.transaction)');
  }
  // One statement whatever the number of events; the table's trigger NOTIFYs the relay on commit.
  const rows = events.map((event) => ({ name: event.name, payload: event.payload, occurredAt: event.occurredAt }));
  await manager
    .createQueryBuilder()
    .insert()
    .into(OutboxRecord)
    // Payloads are free-form JSON, which TypeORM's deep-partial type cannot follow into.
    .values(rows as QueryDeepPartialEntity<OutboxRecord>[])
    .updateEntity(false)
    .execute();
}
