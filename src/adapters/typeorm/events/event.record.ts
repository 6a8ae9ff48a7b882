import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EventState } from '../../../domain/events/index.js';
import { ActorRecord } from '../identities/actor.record.js';
import { MediaRecord } from '../media/media.record.js';

@Entity('events')
@Unique('events_uuid_key', ['uuid'])
@Unique('events_url_key', ['url'])
// Listings, feeds and search only ever look at published public events.
@Index('events_listed_begins_idx', ['beginsOn'], { where: `NOT draft AND visibility = 'PUBLIC'` })
@Index('events_organizer_idx', ['organizerActorId', 'beginsOn'])
@Index('events_search_idx', ['searchVector'], { type: 'gin' })
@Index('events_tags_idx', ['tagKeys'], { type: 'gin' })
// Reminders and digests look events up by start time.
@Index('events_begins_on_notify_idx', ['beginsOn'], { where: 'draft = false' })
// An operator class and an expression TypeORM cannot describe: kept by the migration alone.
@Index('events_title_trgm_idx', { synchronize: false })
@Index('events_earth_idx', { synchronize: false })
export class EventRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) uuid: string;
  @Column({ type: 'text' }) url: string;
  @Column({ type: 'text' }) slug: string;
  @ForeignKey(() => ActorRecord, { name: 'events_organizer_actor_id_fkey', onDelete: 'CASCADE' })
  @Column({ type: 'bigint', name: 'organizer_actor_id' })
  organizerActorId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'timestamptz', name: 'begins_on' }) beginsOn: Date;
  @Column({ type: 'timestamptz', name: 'ends_on', nullable: true }) endsOn: Date | null;
  @Column({ type: 'text' }) status: EventState['status'];
  @Column({ type: 'text' }) visibility: EventState['visibility'];
  @Column({ type: 'text', name: 'join_options' }) joinOptions: EventState['joinOptions'];
  @Column({ type: 'text', name: 'external_participation_url', nullable: true }) externalParticipationUrl: string | null;
  @Column({ type: 'text' }) category: EventState['category'];
  @Column({ type: 'text', array: true, default: [] }) tags: string[];
  @ForeignKey(() => MediaRecord, { name: 'events_picture_id_fkey', onDelete: 'SET NULL' })
  @Column({ type: 'bigint', name: 'picture_id', nullable: true })
  pictureId: string | null;
  @Column({ type: 'jsonb', name: 'physical_address', nullable: true }) physicalAddress: EventState['physicalAddress'];
  // Written from the address on save, for radius search (earthdistance); not part of the aggregate.
  @Column({ type: 'double precision', nullable: true, select: false }) lon: number | null;
  @Column({ type: 'double precision', nullable: true, select: false }) lat: number | null;
  @Column({ type: 'text', name: 'online_address', nullable: true }) onlineAddress: string | null;
  @Column({ type: 'text', name: 'phone_address', nullable: true }) phoneAddress: string | null;
  @Column({ type: 'text', default: 'und' }) language: string;
  @Column({ type: 'bigint', name: 'contact_ids', array: true, default: [] }) contactIds: string[];
  @Column({ type: 'jsonb', default: [] }) metadata: EventState['metadata'];
  @Column({ type: 'jsonb' }) options: Partial<EventState['options']>;
  @Column({ type: 'boolean', name: 'is_online', default: false, select: false }) isOnline: boolean;
  @Column({ type: 'boolean', default: false }) draft: boolean;
  @Column({ type: 'timestamptz', name: 'publish_at', nullable: true }) publishAt: Date | null;
  @Column({ type: 'integer', default: 0 }) sequence: number;
  // The search side, written in the transaction of each save: never read into the aggregate.
  @Column({ type: 'tsvector', name: 'search_vector', default: '', select: false }) searchVector: string;
  /** The title and tags as searched (lower case, no accents). */
  @Column({ type: 'text', name: 'title_key', default: '', select: false }) titleKey: string;
  @Column({ type: 'text', name: 'tag_keys', array: true, default: [], select: false }) tagKeys: string[];
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
}
