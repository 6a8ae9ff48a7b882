import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An email already sent (or being sent), by deterministic key: notification jobs may run twice. */
@Entity('sent_notifications')
@Index('sent_notifications_sent_at_idx', ['sentAt'])
// "Last digest of this account": byte-wise prefix ranges (text_pattern_ops, kept by the migration alone).
@Index('sent_notifications_key_pattern_idx', { synchronize: false })
export class SentNotificationRecord {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'timestamptz', name: 'sent_at', default: () => 'now()' }) sentAt: Date;
}
