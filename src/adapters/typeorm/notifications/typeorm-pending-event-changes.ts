import { LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { PendingEventChanges, type NotableField, type PendingChange } from '../../../domain/notifications/index.js';
import { EventPendingChangeRecord } from './event-pending-change.record.js';

/** `event_pending_changes`, one row per event and changed field. */
export class TypeOrmPendingEventChanges extends PendingEventChanges {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(eventId: string, fields: NotableField[], at: Date): Promise<Date> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, eventId);
      const changed = [...new Set(fields)];
      if (changed.length > 0)
        await manager
          .createQueryBuilder()
          .insert()
          .into(EventPendingChangeRecord)
          .values(changed.map((field) => ({ eventId, field, firstChangedAt: at, lastChangedAt: at })))
          // A field changed again moves its latest change forward, never back.
          .orUpdate(['last_changed_at'], ['event_id', 'field'], {
            overwriteCondition: { where: 'event_pending_changes.last_changed_at < EXCLUDED.last_changed_at' },
          })
          .updateEntity(false)
          .execute();
      return (await this.windowStart(manager, eventId))!;
    });
  }

  async pending(eventId: string): Promise<PendingChange[]> {
    const records = await this.dataSource
      .getRepository(EventPendingChangeRecord)
      .find({ where: { eventId }, order: { lastChangedAt: 'ASC', field: 'ASC' } });
    return records.map((r) => ({ field: r.field, changedAt: r.lastChangedAt }));
  }

  async clear(eventId: string, upTo: Date): Promise<Date | null> {
    return this.dataSource.transaction(async (manager) => {
      await this.lock(manager, eventId);
      await manager.delete(EventPendingChangeRecord, { eventId, lastChangedAt: LessThanOrEqual(upTo) });
      // A field changed again after the email was written starts the next window at that change.
      await manager
        .createQueryBuilder()
        .update(EventPendingChangeRecord)
        .set({ firstChangedAt: () => 'last_changed_at' })
        .where('event_id = :eventId', { eventId })
        .execute();
      return this.windowStart(manager, eventId);
    });
  }

  /** Two edits handled at once must agree on the window (hence on the job id): one at a time per event. */
  private async lock(manager: EntityManager, eventId: string): Promise<void> {
    // Advisory locks have no TypeORM builder.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('event_pending_changes'), hashtext($1))`, [eventId]);
  }

  private async windowStart(manager: EntityManager, eventId: string): Promise<Date | null> {
    const row = await manager
      .createQueryBuilder(EventPendingChangeRecord, 'c')
      .select('min(c.firstChangedAt)', 'start')
      .where('c.eventId = :eventId', { eventId })
      .getRawOne<{ start: Date | null }>();
    return row?.start ? new Date(row.start) : null;
  }
}
