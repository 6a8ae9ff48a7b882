import type { DataSource } from 'typeorm';
import { PendingEventChanges, type NotableField, type PendingChange } from '../../../domain/notifications/index.js';

/** `event_pending_changes`, one row per event and changed field. */
export class TypeOrmPendingEventChanges extends PendingEventChanges {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(eventId: string, fields: NotableField[], at: Date): Promise<Date> {
    return this.dataSource.transaction(async (manager) => {
      // Two edits handled at once must agree on the window (hence on the job id): one at a time per event.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('event_pending_changes'), hashtext($1))`, [eventId]);
      await manager.query(
        `INSERT INTO event_pending_changes (event_id, field, first_changed_at, last_changed_at)
         SELECT $1, f, $3, $3 FROM unnest($2::text[]) AS f
         ON CONFLICT (event_id, field) DO UPDATE SET last_changed_at = greatest(event_pending_changes.last_changed_at, EXCLUDED.last_changed_at)`,
        [eventId, [...new Set(fields)], at],
      );
      const [row]: { start: Date }[] = await manager.query(
        `SELECT min(first_changed_at) AS start FROM event_pending_changes WHERE event_id = $1`,
        [eventId],
      );
      return new Date(row.start);
    });
  }

  async pending(eventId: string): Promise<PendingChange[]> {
    const rows: { field: NotableField; changed_at: Date }[] = await this.dataSource.query(
      `SELECT field, last_changed_at AS changed_at FROM event_pending_changes WHERE event_id = $1 ORDER BY last_changed_at, field`,
      [eventId],
    );
    return rows.map((r) => ({ field: r.field, changedAt: new Date(r.changed_at) }));
  }

  async clear(eventId: string, upTo: Date): Promise<Date | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('event_pending_changes'), hashtext($1))`, [eventId]);
      await manager.query(`DELETE FROM event_pending_changes WHERE event_id = $1 AND last_changed_at <= $2`, [eventId, upTo]);
      // A field changed again after the email was written starts the next window at that change.
      await manager.query(`UPDATE event_pending_changes SET first_changed_at = last_changed_at WHERE event_id = $1`, [eventId]);
      const [row]: { start: Date | null }[] = await manager.query(
        `SELECT min(first_changed_at) AS start FROM event_pending_changes WHERE event_id = $1`,
        [eventId],
      );
      return row.start ? new Date(row.start) : null;
    });
  }
}
