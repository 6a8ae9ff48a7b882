import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import type { NotableField } from '../../../domain/notifications/index.js';
import { EventRecord } from '../events/event.record.js';

/** A change participants were not told about yet: quick edits are gathered into one email. */
@Entity('event_pending_changes')
export class EventPendingChangeRecord {
  @ForeignKey(() => EventRecord, { name: 'event_pending_changes_event_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'bigint', name: 'event_id' })
  eventId: string;
  @PrimaryColumn({ type: 'text' }) field: NotableField;
  /** The window's start (the job's id). */
  @Column({ type: 'timestamptz', name: 'first_changed_at' }) firstChangedAt: Date;
  /** The latest change (what a sent email covered). */
  @Column({ type: 'timestamptz', name: 'last_changed_at' }) lastChangedAt: Date;
}
