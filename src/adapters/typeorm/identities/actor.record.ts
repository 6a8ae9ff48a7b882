import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('actors')
export class ActorRecord {
  @PrimaryColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'bigint', name: 'user_id', nullable: true }) userId: string | null;
  @Column({ type: 'text' }) type: string;
  @Column({ type: 'text', name: 'preferred_username' }) preferredUsername: string;
  @Column({ type: 'text', nullable: true }) domain: string | null;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'bigint', name: 'avatar_id', nullable: true }) avatarId: string | null;
  @Column({ type: 'bigint', name: 'banner_id', nullable: true }) bannerId: string | null;
  @Column({ type: 'boolean' }) suspended: boolean;
  @Column({ type: 'boolean', name: 'manually_approves_followers' }) manuallyApprovesFollowers: boolean;
  @Column({ type: 'text' }) url: string;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
