import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ParticipantRole } from '../../../domain/participations/index.js';
import { EventRecord } from '../events/event.record.js';
import { ActorRecord } from '../identities/actor.record.js';

/** `metadata`: empty for identities; email, locale and secret digests for anonymous participants. */
export interface ParticipationMetadata {
  email?: string;
  locale?: string | null;
  confirmation?: { digest: string; expiresAt: string } | null;
  cancellationDigests?: string[];
}

@Entity('participations')
@Check(
  'participations_role_check',
  `role IN ('CREATOR', 'ADMINISTRATOR', 'MODERATOR', 'PARTICIPANT', 'NOT_APPROVED', 'NOT_CONFIRMED', 'REJECTED', 'INVITED')`,
)
@Index('participations_actor_idx', ['actorId'])
@Index('participations_event_role_idx', ['eventId', 'role'])
// Digests of pending requests look them up by age.
@Index('participations_pending_created_idx', ['createdAt'], { where: `role = 'NOT_APPROVED'` })
// Indexes on JSON expressions (one per identity or email and event; the emailed secrets'
// digests): kept by the migrations alone.
@Index('participations_event_actor_key', { synchronize: false })
@Index('participations_confirmation_idx', { synchronize: false })
@Index('participations_cancellation_idx', { synchronize: false })
export class ParticipationRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @ForeignKey(() => EventRecord, { name: 'participations_event_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'event_id' })
  eventId: string;
  @ForeignKey(() => ActorRecord, { name: 'participations_actor_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'actor_id' })
  actorId: string;
  @Column({ type: 'text' }) role: ParticipantRole;
  @Column({ type: 'text', nullable: true }) message: string | null;
  @Column({ type: 'jsonb', default: {} }) metadata: ParticipationMetadata;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
