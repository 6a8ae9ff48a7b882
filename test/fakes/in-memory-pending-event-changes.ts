import { PendingEventChanges, type NotableField, type PendingChange } from '../../src/domain/notifications/index.js';

interface Row {
  first: Date;
  last: Date;
}

/** Same rules as the Postgres adapter: a window starts at its oldest first change; clearing keeps later changes. */
export class InMemoryPendingEventChanges extends PendingEventChanges {
  readonly rows = new Map<string, Map<NotableField, Row>>();

  async record(eventId: string, fields: NotableField[], at: Date): Promise<Date> {
    const rows = this.rows.get(eventId) ?? new Map<NotableField, Row>();
    for (const field of fields) {
      const before = rows.get(field);
      rows.set(
        field,
        before ? { first: before.first, last: before.last.getTime() > at.getTime() ? before.last : at } : { first: at, last: at },
      );
    }
    this.rows.set(eventId, rows);
    return this.start(eventId)!;
  }
  async pending(eventId: string): Promise<PendingChange[]> {
    return [...(this.rows.get(eventId) ?? new Map<NotableField, Row>()).entries()].map(([field, row]) => ({ field, changedAt: row.last }));
  }
  async clear(eventId: string, upTo: Date): Promise<Date | null> {
    const rows = this.rows.get(eventId);
    for (const [field, row] of rows ?? []) {
      if (row.last.getTime() <= upTo.getTime()) rows!.delete(field);
      else rows!.set(field, { first: row.last, last: row.last });
    }
    return this.start(eventId);
  }
  private start(eventId: string): Date | null {
    const times = [...(this.rows.get(eventId)?.values() ?? [])].map((r) => r.first.getTime());
    return times.length ? new Date(Math.min(...times)) : null;
  }
}
