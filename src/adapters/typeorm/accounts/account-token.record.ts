import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserRecord } from './user.record.js';

/** One-time secrets mailed to a user (confirmation, password reset, email change), stored as digests. */
@Entity('account_tokens')
@Check('account_tokens_purpose_check', `purpose IN ('confirmation', 'password-reset', 'email-change')`)
@Index('account_tokens_user_idx', ['userId', 'purpose'])
export class AccountTokenRecord {
  @PrimaryColumn({ type: 'text' }) digest: string;
  @ForeignKey(() => UserRecord, { name: 'account_tokens_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'user_id' })
  userId: string;
  @Column({ type: 'text' }) purpose: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
