import type { DataSource, EntityManager } from 'typeorm';
import {
  DEFAULT_OPTIONS,
  Event,
  EventRepository,
  tagSlug,
  type EventQuery,
  type EventState,
  type TagView,
} from '../../../domain/events/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { appendToOutbox } from '../outbox/index.js';

/** The events table as the aggregate is read from it (shared by the read sides of this adapter). */
export interface EventRow {
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

export const EVENT_COLUMNS = `e.id::text, e.uuid::text, e.url, e.slug, e.organizer_actor_id::text, e.title, e.description, e.begins_on, e.ends_on,
  e.status, e.visibility, e.join_options, e.external_participation_url, e.category, e.tags, e.picture_id::text,
  e.physical_address, e.online_address, e.phone_address, e.language, e.contact_ids::text[], e.metadata, e.options, e.draft,
  e.publish_at, e.sequence, e.created_at, e.updated_at`;

/** Totals above this are reported as this. */
export const COUNT_CAP = 10_000;

/** How close a title must be to a query with a typo (pg_trgm similarity, 0..1). */
const TYPO_SIMILARITY = 0.45;

const isId = (id: string) => /^\d{1,18}$/.test(id);
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export function toEvent(r: EventRow): Event {
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

export class TypeOrmEventRepository extends EventRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('events_id_seq')::text AS id`);
    return row.id;
  }

  async findById(id: string): Promise<Event | null> {
    if (!isId(id)) return null;
    const rows: EventRow[] = await this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1`, [id]);
    return rows[0] ? toEvent(rows[0]) : null;
  }

  async findByIds(ids: string[]): Promise<Event[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const rows: EventRow[] = await this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ANY($1::bigint[])`, [valid]);
    return rows.map(toEvent);
  }

  async findByUuid(uuid: string): Promise<Event | null> {
    if (!isUuid(uuid)) return null;
    const rows: EventRow[] = await this.dataSource.query(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.uuid = $1`, [uuid]);
    return rows[0] ? toEvent(rows[0]) : null;
  }

  async save(event: Event): Promise<void> {
    const s = event.snapshot();
    await this.dataSource.transaction(async (manager) => {
      const [{ inserted }] = await manager.query(
        `INSERT INTO events (id, uuid, url, slug, organizer_actor_id, title, description, begins_on, ends_on, status, visibility,
           join_options, external_participation_url, category, tags, picture_id, physical_address, lon, lat, online_address,
           phone_address, language, contact_ids, metadata, options, is_online, draft, publish_at, sequence, created_at, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31)
         ON CONFLICT (id) DO UPDATE SET slug = EXCLUDED.slug, title = EXCLUDED.title, description = EXCLUDED.description,
           begins_on = EXCLUDED.begins_on, ends_on = EXCLUDED.ends_on, status = EXCLUDED.status, visibility = EXCLUDED.visibility,
           join_options = EXCLUDED.join_options, external_participation_url = EXCLUDED.external_participation_url,
           category = EXCLUDED.category, tags = EXCLUDED.tags, picture_id = EXCLUDED.picture_id,
           physical_address = EXCLUDED.physical_address, lon = EXCLUDED.lon, lat = EXCLUDED.lat,
           online_address = EXCLUDED.online_address, phone_address = EXCLUDED.phone_address, language = EXCLUDED.language,
           contact_ids = EXCLUDED.contact_ids, metadata = EXCLUDED.metadata, options = EXCLUDED.options,
           is_online = EXCLUDED.is_online, draft = EXCLUDED.draft, publish_at = EXCLUDED.publish_at,
           sequence = EXCLUDED.sequence, updated_at = EXCLUDED.updated_at
         RETURNING (xmax = 0) AS inserted`,
        [
          s.id,
          s.uuid,
          s.url,
          s.slug,
          s.organizerActorId,
          s.title,
          s.description,
          s.beginsOn,
          s.endsOn,
          s.status,
          s.visibility,
          s.joinOptions,
          s.externalParticipationUrl,
          s.category,
          s.tags,
          s.pictureId,
          s.physicalAddress ? JSON.stringify(s.physicalAddress) : null,
          s.physicalAddress?.geom?.lon ?? null,
          s.physicalAddress?.geom?.lat ?? null,
          s.onlineAddress,
          s.phoneAddress,
          s.language,
          s.contactIds,
          JSON.stringify(s.metadata),
          JSON.stringify(s.options),
          s.options.isOnline || (s.onlineAddress !== null && !s.physicalAddress),
          s.draft,
          s.publishAt,
          s.sequence,
          s.createdAt,
          s.updatedAt,
        ],
      );
      // The organizer is the event's CREATOR participant from the first moment.
      if (inserted) {
        await manager.query(
          `INSERT INTO participations (event_id, actor_id, role, created_at, updated_at) VALUES ($1, $2, 'CREATOR', $3, $3)`,
          [s.id, s.organizerActorId, s.createdAt],
        );
      }
      await this.saveTags(manager, s.id, s.tags);
      // Indexed in the same transaction: a new event is searchable at once.
      await manager.query(
        `UPDATE events SET title_key = f_unaccent(lower(title)), tag_keys = (SELECT coalesce(array_agg(f_unaccent(lower(t))), '{}') FROM unnest(tags) t),
           search_vector =
           setweight(to_tsvector('simple', f_unaccent(lower(title))), 'A') ||
           setweight(to_tsvector('simple', f_unaccent(lower(array_to_string(tags, ' ')))), 'A') ||
           setweight(to_tsvector('simple', f_unaccent(lower(coalesce(physical_address->>'locality', '') || ' ' || coalesce(physical_address->>'description', '')))), 'B') ||
           setweight(to_tsvector('simple', f_unaccent(lower(regexp_replace(description, '<[^>]*>', ' ', 'g')))), 'C')
         WHERE id = $1`,
        [s.id],
      );
      await appendToOutbox(manager, event.pullEvents());
    });
  }

  private async saveTags(manager: EntityManager, eventId: string, titles: string[]): Promise<void> {
    await manager.query(`DELETE FROM event_tags WHERE event_id = $1`, [eventId]);
    const tags = titles.map((title) => ({ title, slug: tagSlug(title) })).filter((t) => t.slug.length > 0);
    if (tags.length === 0) return;
    await manager.query(
      `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[]) AS t(slug, title)),
            upserted AS (
              INSERT INTO tags (slug, title) SELECT slug, title FROM input
              ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id)
       INSERT INTO event_tags (event_id, tag_id) SELECT $3, id FROM upserted ON CONFLICT DO NOTHING`,
      [tags.map((t) => t.slug), tags.map((t) => t.title), eventId],
    );
  }

  async delete(event: Event): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM events WHERE id = $1`, [event.id]);
      await appendToOutbox(manager, event.pullEvents());
    });
  }

  async find(query: EventQuery, page: PageRequest): Promise<Page<Event>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    where.push(query.drafts ? 'e.draft' : 'NOT e.draft');
    // A suspended organizer's events leave listings, search and feeds.
    if (!query.includeSuspended) where.push(`NOT EXISTS (SELECT 1 FROM actors o WHERE o.id = e.organizer_actor_id AND o.suspended)`);
    if (query.listedOnly) where.push(`e.visibility = 'PUBLIC'`);
    if (query.organizerActorIds) where.push(`e.organizer_actor_id = ANY(${param(query.organizerActorIds)}::bigint[])`);
    if (query.tags?.length)
      where.push(`e.tag_keys && (SELECT array_agg(f_unaccent(lower(t))) FROM unnest(${param(query.tags)}::text[]) t)`);
    if (query.category) where.push(`e.category = ${param(query.category)}`);
    if (query.beginsAfter) where.push(`e.begins_on >= ${param(query.beginsAfter)}`);
    if (query.beginsBefore) where.push(`e.begins_on <= ${param(query.beginsBefore)}`);
    if (query.endsAfter) where.push(`coalesce(e.ends_on, e.begins_on) >= ${param(query.endsAfter)}`);
    if (query.isOnline !== undefined && query.isOnline !== null) where.push(query.isOnline ? 'e.is_online' : 'NOT e.is_online');
    if (query.statuses?.length) where.push(`e.status = ANY(${param(query.statuses)}::text[])`);
    if (query.languages?.length) where.push(`e.language = ANY(${param(query.languages)}::text[])`);
    if (query.near) {
      // earthdistance: the GiST index answers the bounding cube, the exact distance filters it.
      const center = `ll_to_earth(${param(query.near.point.lat)}, ${param(query.near.point.lon)})`;
      const meters = param(query.near.radiusKm * 1000);
      where.push(
        `e.lat IS NOT NULL AND earth_box(${center}, ${meters}) @> ll_to_earth(e.lat, e.lon) AND earth_distance(${center}, ll_to_earth(e.lat, e.lon)) <= ${meters}`,
      );
    }
    let rank = '0';
    const term = query.term?.trim();
    if (term) {
      const t = param(term.slice(0, 200).toLowerCase());
      // Words as typed (any accent), or a title close enough to survive a typo.
      // `%` lets the trigram index prefilter; the stricter threshold keeps loose lookalikes out.
      where.push(
        `(e.search_vector @@ websearch_to_tsquery('simple', f_unaccent(${t})) OR (e.title_key % f_unaccent(${t}) AND similarity(e.title_key, f_unaccent(${t})) >= ${TYPO_SIMILARITY}))`,
      );
      rank = `(ts_rank(e.search_vector, websearch_to_tsquery('simple', f_unaccent(${t}))) + similarity(e.title_key, f_unaccent(${t})))`;
    }
    const direction = query.direction === 'DESC' ? 'DESC' : 'ASC';
    const order =
      query.orderBy === 'RELEVANCE' && term
        ? `${rank} DESC, e.begins_on ASC`
        : query.orderBy === 'INSERTED_AT'
          ? `e.created_at ${direction}`
          : query.orderBy === 'UPDATED_AT'
            ? `e.updated_at ${direction}`
            : `e.begins_on ${direction}`;
    const filter = where.join(' AND ');
    const filterParams = [...params];
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events e WHERE ${filter}
       ORDER BY ${order}, e.id LIMIT ${param(page.limit)} OFFSET ${param((page.page - 1) * page.limit)}`,
      params,
    );
    // A short first page is its own total; otherwise count, but never past COUNT_CAP rows: an
    // exact total of a huge listing is not worth scanning it (api.md).
    const total = page.page === 1 && rows.length < page.limit ? rows.length : await this.count(filter, filterParams);
    return { total, elements: rows.map(toEvent) };
  }

  private async count(filter: string, params: unknown[]): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM events e WHERE ${filter} LIMIT ${COUNT_CAP}) capped`,
      params,
    );
    return row.n;
  }

  async tags(filter: string | null, page: PageRequest): Promise<TagView[]> {
    const f = filter?.trim().toLowerCase().slice(0, 100) || null;
    return this.dataSource.query(
      `SELECT id::text, slug, title FROM tags
       WHERE $1::text IS NULL OR f_unaccent(lower(title)) LIKE '%' || f_unaccent($1) || '%' OR f_unaccent(lower(title)) % f_unaccent($1)
       ORDER BY CASE WHEN $1::text IS NULL THEN 0 ELSE -similarity(f_unaccent(lower(title)), f_unaccent($1)) END, title
       LIMIT $2 OFFSET $3`,
      [f, page.limit, (page.page - 1) * page.limit],
    );
  }

  async tagsOf(eventIds: string[]): Promise<Map<string, TagView[]>> {
    const result = new Map<string, TagView[]>(eventIds.map((id) => [id, []]));
    const valid = eventIds.filter(isId);
    if (valid.length === 0) return result;
    const rows: (TagView & { event_id: string })[] = await this.dataSource.query(
      `SELECT et.event_id::text AS event_id, t.id::text AS id, t.slug, t.title FROM event_tags et JOIN tags t ON t.id = et.tag_id
       WHERE et.event_id = ANY($1::bigint[]) ORDER BY t.title`,
      [valid],
    );
    for (const { event_id, ...tag } of rows) result.get(event_id)?.push(tag);
    return result;
  }
}
