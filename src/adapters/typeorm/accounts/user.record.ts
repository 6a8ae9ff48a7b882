import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { UserSettings } from '../../../domain/accounts/index.js';
import { ActorRecord } from '../identities/actor.record.js';

@Entity('users')
@Check('users_role_check', `role IN ('USER', 'MODERATOR', 'ADMINISTRATOR')`)
// Emails are stored normalized (trimmed, lower-cased) by the domain.
@Index('users_email_key', ['email'], { unique: true })
export class UserRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', name: 'password_hash' }) passwordHash: string;
  @Column({ type: 'text', default: 'USER' }) role: string;
  @Column({ type: 'text', default: 'en' }) locale: string;
  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'confirmation_sent_at', nullable: true }) confirmationSentAt: Date | null;
  @Column({ type: 'timestamptz', name: 'reset_password_sent_at', nullable: true }) resetPasswordSentAt: Date | null;
  @Column({ type: 'boolean', default: false }) disabled: boolean;
  @ForeignKey(() => ActorRecord, { name: 'users_default_actor_fk', onDelete: 'SET NULL' })
  @Column({ type: 'bigint', name: 'default_actor_id', nullable: true })
  defaultActorId: string | null;
  @Column({ type: 'timestamptz', name: 'last_sign_in_at', nullable: true }) lastSignInAt: Date | null;
  @Column({ type: 'text', name: 'last_sign_in_ip', nullable: true }) lastSignInIp: string | null;
  @Column({ type: 'timestamptz', name: 'current_sign_in_at', nullable: true }) currentSignInAt: Date | null;
  @Column({ type: 'text', name: 'current_sign_in_ip', nullable: true }) currentSignInIp: string | null;
  @Column({ type: 'jsonb', default: {} }) settings: Partial<UserSettings>;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
