import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { UserRecord } from '../accounts/user.record.js';
import { ActorRecord } from '../identities/actor.record.js';

/** The secret of a feed URL, shown again to its owner: stored as is (256 random bits). */
@Entity('feed_tokens')
@Index('feed_tokens_user_idx', ['userId'])
@Index('feed_tokens_actor_idx', ['actorId'], { where: 'actor_id IS NOT NULL' })
export class FeedTokenRecord {
  @PrimaryColumn({ type: 'text' }) token: string;
  @ForeignKey(() => UserRecord, { name: 'feed_tokens_user_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'user_id' })
  userId: string;
  @ForeignKey(() => ActorRecord, { name: 'feed_tokens_actor_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'actor_id', nullable: true })
  actorId: string | null;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
