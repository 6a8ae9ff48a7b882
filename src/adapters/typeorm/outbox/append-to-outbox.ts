// Repositories store their aggregate's domain events with this, in the transaction of the change:
// the events exist if and only if the change was committed.
import type { EntityManager } from 'typeorm';
import type { DomainEvent } from '../../../domain/shared/domain-event.js';

export async function appendToOutbox(manager: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  // Outside a transaction the change and its events could be committed apart: refuse loudly.
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction that stores the change (manager.transaction)');
  }
  // One statement whatever the number of events; the table's trigger NOTIFYs the relay on commit.
  await manager.query(
    `INSERT INTO outbox (name, payload, occurred_at)
     SELECT * FROM unnest($1::text[], $2::jsonb[], $3::timestamptz[])`,
    [
      events.map((event) => event.name),
      events.map((event) => JSON.stringify(event.payload)),
      events.map((event) => event.occurredAt.toISOString()),
    ],
  );
}
