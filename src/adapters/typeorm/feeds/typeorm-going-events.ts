import type { DataSource } from 'typeorm';
import { DEFAULT_OPTIONS, Event, type EventState } from '../../../domain/events/index.js';
import { GoingEvents, type GoingEventsQuery } from '../../../domain/feeds/index.js';

// The events table as TypeOrmEventRepository reads it (that mapping is private to it; this read
// side needs the same aggregate, filtered by participations, in one query).
interface EventRow {
  id: string;
  uuid: string;
  url: string;
  slug: string;
  organizer_actor_id: string;
  title: string;
  description: string;
  begins_on: Date;
  ends_on: Date | null;
  status: EventState['status'];
  visibility: EventState['visibility'];
  join_options: EventState['joinOptions'];
  external_participation_url: string | null;
  category: EventState['category'];
  tags: string[];
  picture_id: string | null;
  physical_address: EventState['physicalAddress'];
  online_address: string | null;
  phone_address: string | null;
  language: string;
  contact_ids: string[];
  metadata: EventState['metadata'];
  options: Partial<EventState['options']>;
  draft: boolean;
  publish_at: Date | null;
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `e.id::text, e.uuid::text, e.url, e.slug, e.organizer_actor_id::text, e.title, e.description, e.begins_on, e.ends_on,
  e.status, e.visibility, e.join_options, e.external_participation_url, e.category, e.tags, e.picture_id::text,
  e.physical_address, e.online_address, e.phone_address, e.language, e.contact_ids::text[], e.metadata, e.options, e.draft,
  e.publish_at, e.sequence, e.created_at, e.updated_at`;

const isId = (id: string) => /^\d{1,18}$/.test(id);

function toEvent(r: EventRow): Event {
  return Event.restore({
    id: r.id,
    uuid: r.uuid,
    url: r.url,
    slug: r.slug,
    organizerActorId: r.organizer_actor_id,
    title: r.title,
    description: r.description,
    beginsOn: r.begins_on,
    endsOn: r.ends_on,
    status: r.status,
    visibility: r.visibility,
    joinOptions: r.join_options,
    externalParticipationUrl: r.external_participation_url,
    category: r.category,
    tags: r.tags,
    pictureId: r.picture_id,
    physicalAddress: r.physical_address,
    onlineAddress: r.online_address,
    phoneAddress: r.phone_address,
    language: r.language,
    contactIds: r.contact_ids,
    metadata: r.metadata,
    options: { ...DEFAULT_OPTIONS, ...r.options },
    draft: r.draft,
    publishAt: r.publish_at,
    sequence: r.sequence,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

/** Events joined with the `participations` table of the participations module (read only). */
export class TypeOrmGoingEvents extends GoingEvents {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async find(q: GoingEventsQuery): Promise<Event[]> {
    if (!isId(q.userId) || (q.actorId !== null && !isId(q.actorId)) || q.roles.length === 0) return [];
    // The identity must still be the account's: a token never opens someone else's calendar.
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM events e
       WHERE NOT e.draft
         AND coalesce(e.ends_on, e.begins_on) >= $4
         AND EXISTS (
           SELECT 1 FROM participations p JOIN actors a ON a.id = p.actor_id
           WHERE p.event_id = e.id AND a.user_id = $1 AND ($2::bigint IS NULL OR p.actor_id = $2::bigint) AND p.role = ANY($3::text[]))
       ORDER BY e.begins_on, e.id
       LIMIT $5`,
      [q.userId, q.actorId, [...q.roles], q.endedAfter, q.limit],
    );
    return rows.map(toEvent);
  }
}
