import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserRecord } from '../accounts/user.record.js';
import { MediaRecord } from '../media/media.record.js';

@Entity('actors')
@Unique('actors_url_key', ['url'])
@Index('actors_local_username_key', ['preferredUsername'], { unique: true, where: 'domain IS NULL' })
@Index('actors_remote_username_key', ['preferredUsername', 'domain'], { unique: true, where: 'domain IS NOT NULL' })
@Index('actors_user_id_idx', ['userId'])
export class ActorRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @ForeignKey(() => UserRecord, { name: 'actors_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'user_id', nullable: true })
  userId: string | null;
  @Column({ type: 'text', default: 'Person' }) type: string;
  @Column({ type: 'text', name: 'preferred_username' }) preferredUsername: string;
  @Column({ type: 'text', nullable: true }) domain: string | null;
  @Column({ type: 'text', default: '' }) name: string;
  @Column({ type: 'text', default: '' }) summary: string;
  @ForeignKey(() => MediaRecord, { name: 'actors_avatar_fk', onDelete: 'SET NULL' })
  @Column({ type: 'bigint', name: 'avatar_id', nullable: true })
  avatarId: string | null;
  @ForeignKey(() => MediaRecord, { name: 'actors_banner_fk', onDelete: 'SET NULL' })
  @Column({ type: 'bigint', name: 'banner_id', nullable: true })
  bannerId: string | null;
  @Column({ type: 'boolean', default: false }) suspended: boolean;
  @Column({ type: 'boolean', name: 'manually_approves_followers', default: false }) manuallyApprovesFollowers: boolean;
  @Column({ type: 'text' }) url: string;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
