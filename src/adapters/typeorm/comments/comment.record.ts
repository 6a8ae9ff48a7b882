import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CommentState } from '../../../domain/comments/index.js';
import { EventRecord } from '../events/event.record.js';
import { ActorRecord } from '../identities/actor.record.js';

// Deleted comments stay (soft delete) so their threads keep their shape; a hard-deleted origin
// (its author's identity gone) leaves its replies as threads of their own.
@Entity('comments')
@Unique('comments_uuid_key', ['uuid'])
@Index('comments_origin_idx', ['originId', 'publishedAt'], { where: 'origin_id IS NOT NULL' })
@Index('comments_in_reply_to_idx', ['inReplyToId'], { where: 'in_reply_to_id IS NOT NULL' })
@Index('comments_actor_idx', ['actorId'])
// The event's threads, announcements and newest first (descending columns: kept by the migration alone).
@Index('comments_event_threads_idx', { synchronize: false })
export class CommentRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) uuid: string;
  @Column({ type: 'text' }) url: string;
  @ForeignKey(() => EventRecord, { name: 'comments_event_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'event_id' })
  eventId: string;
  @ForeignKey(() => ActorRecord, { name: 'comments_actor_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'actor_id' })
  actorId: string;
  @Column({ type: 'text' }) text: string;
  @ForeignKey(() => CommentRecord, { name: 'comments_in_reply_to_id_fkey', onDelete: 'SET NULL' })
  @Column({ type: 'bigint', name: 'in_reply_to_id', nullable: true })
  inReplyToId: string | null;
  @ForeignKey(() => CommentRecord, { name: 'comments_origin_id_fkey', onDelete: 'SET NULL' })
  @Column({ type: 'bigint', name: 'origin_id', nullable: true })
  originId: string | null;
  @Column({ type: 'boolean', name: 'is_announcement', default: false }) isAnnouncement: boolean;
  @Column({ type: 'text', default: 'PUBLIC' }) visibility: CommentState['visibility'];
  @Column({ type: 'text', default: 'und' }) language: string;
  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true }) deletedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'published_at' }) publishedAt: Date;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
