import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ReportRecord } from './report.record.js';

@Entity('report_notes')
@Index('report_notes_report_idx', ['reportId', 'createdAt'])
export class ReportNoteRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @ForeignKey(() => ReportRecord, { name: 'report_notes_report_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'report_id' })
  reportId: string;
  @Column({ type: 'bigint', name: 'moderator_actor_id' }) moderatorActorId: string;
  @Column({ type: 'text' }) content: string;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
