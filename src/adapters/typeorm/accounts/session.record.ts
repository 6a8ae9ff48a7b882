import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserRecord } from './user.record.js';

/** A refresh token (its digest), one of a family of rotations. */
@Entity('sessions')
@Unique('sessions_digest_key', ['digest'])
@Index('sessions_family_idx', ['family'])
@Index('sessions_user_idx', ['userId'])
export class SessionRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @ForeignKey(() => UserRecord, { name: 'sessions_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'user_id' })
  userId: string;
  @Column({ type: 'text' }) digest: string;
  @Column({ type: 'uuid' }) family: string;
  @Column({ type: 'timestamptz', name: 'expires_at' }) expiresAt: Date;
  @Column({ type: 'timestamptz', name: 'rotated_at', nullable: true }) rotatedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
