import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ReportStatus } from '../../../domain/reports/index.js';

// No foreign keys to actors or events: a report (and what it pointed at) outlives the deletion
// of the reported content or of either identity; readers answer null for what is gone.
@Entity('reports')
@Unique('reports_uuid_key', ['uuid'])
@Check('reports_status_check', `status IN ('OPEN', 'CLOSED', 'RESOLVED')`)
@Index('reports_reported_idx', ['reportedActorId'])
// Newest first (descending columns: kept by the migration alone).
@Index('reports_status_created_idx', { synchronize: false })
export class ReportRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) uuid: string;
  @Column({ type: 'text' }) url: string;
  @Column({ type: 'bigint', name: 'reporter_actor_id' }) reporterActorId: string;
  @Column({ type: 'bigint', name: 'reported_actor_id' }) reportedActorId: string;
  @Column({ type: 'text', default: '' }) content: string;
  @Column({ type: 'bigint', name: 'event_ids', array: true, default: [] }) eventIds: string[];
  @Column({ type: 'bigint', name: 'comment_ids', array: true, default: [] }) commentIds: string[];
  @Column({ type: 'boolean', default: false }) forward: boolean;
  @Column({ type: 'text', default: 'OPEN' }) status: ReportStatus;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
