import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { UserSettings } from '../../../domain/accounts/index.js';

@Entity('users')
export class UserRecord {
  @PrimaryColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'text' }) email: string;
  @Column({ type: 'text', name: 'password_hash' }) passwordHash: string;
  @Column({ type: 'text' }) role: string;
  @Column({ type: 'text' }) locale: string;
  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true }) confirmedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'confirmation_sent_at', nullable: true }) confirmationSentAt: Date | null;
  @Column({ type: 'timestamptz', name: 'reset_password_sent_at', nullable: true }) resetPasswordSentAt: Date | null;
  @Column({ type: 'boolean' }) disabled: boolean;
  @Column({ type: 'bigint', name: 'default_actor_id', nullable: true }) defaultActorId: string | null;
  @Column({ type: 'timestamptz', name: 'last_sign_in_at', nullable: true }) lastSignInAt: Date | null;
  @Column({ type: 'text', name: 'last_sign_in_ip', nullable: true }) lastSignInIp: string | null;
  @Column({ type: 'timestamptz', name: 'current_sign_in_at', nullable: true }) currentSignInAt: Date | null;
  @Column({ type: 'text', name: 'current_sign_in_ip', nullable: true }) currentSignInIp: string | null;
  @Column({ type: 'jsonb' }) settings: Partial<UserSettings>;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
