import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_OPTIONS, Event, EventRepository, tagSlug, type EventQuery, type TagView } from '../../../domain/events/index.js';
import { organizerParticipation } from '../../../domain/participations/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { ActorRecord } from '../identities/actor.record.js';
import { insertWithId, isId, nextId } from '../ids.js';
import { appendToOutbox } from '../outbox/index.js';
import { ParticipationRecord } from '../participations/participation.record.js';
import { EventTagRecord } from './event-tag.record.js';
import { EventRecord } from './event.record.js';
import { TagRecord } from './tag.record.js';

/** Totals above this are reported as this. */
export const COUNT_CAP = 10_000;

/** How close a title must be to a query with a typo (pg_trgm similarity, 0..1). */
const TYPO_SIMILARITY = 0.45;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** What a save may change: everything but the key, its URLs, the organizer and the creation date. */
const UPDATED = [
  'slug',
  'title',
  'description',
  'begins_on',
  'ends_on',
  'status',
  'visibility',
  'join_options',
  'external_participation_url',
  'category',
  'tags',
  'picture_id',
  'physical_address',
  'lon',
  'lat',
  'online_address',
  'phone_address',
  'language',
  'contact_ids',
  'metadata',
  'options',
  'is_online',
  'draft',
  'publish_at',
  'sequence',
  'updated_at',
];

// The search side of a row, written in the transaction of each save (ADR 6): titles and tags as
// searched, and the weighted full-text vector. Full-text functions: SQL fragments.
const SEARCH_KEYS = {
  titleKey: () => 'f_unaccent(lower(title))',
  tagKeys: () => `(SELECT coalesce(array_agg(f_unaccent(lower(t))), '{}') FROM unnest(tags) t)`,
  searchVector: () => `setweight(to_tsvector('simple', f_unaccent(lower(title))), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(lower(array_to_string(tags, ' ')))), 'A') ||
    setweight(to_tsvector('simple', f_unaccent(lower(coalesce(physical_address->>'locality', '') || ' ' || coalesce(physical_address->>'description', '')))), 'B') ||
    setweight(to_tsvector('simple', f_unaccent(lower(regexp_replace(description, '<[^>]*>', ' ', 'g')))), 'C')`,
};

export function toEvent(r: EventRecord): Event {
  return Event.restore({
    id: r.id,
    uuid: r.uuid,
    url: r.url,
    slug: r.slug,
    organizerActorId: r.organizerActorId,
    title: r.title,
    description: r.description,
    beginsOn: r.beginsOn,
    endsOn: r.endsOn,
    status: r.status,
    visibility: r.visibility,
    joinOptions: r.joinOptions,
    externalParticipationUrl: r.externalParticipationUrl,
    category: r.category,
    tags: r.tags,
    pictureId: r.pictureId,
    physicalAddress: r.physicalAddress,
    onlineAddress: r.onlineAddress,
    phoneAddress: r.phoneAddress,
    language: r.language,
    contactIds: r.contactIds,
    metadata: r.metadata,
    options: { ...DEFAULT_OPTIONS, ...r.options },
    draft: r.draft,
    publishAt: r.publishAt,
    sequence: r.sequence,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

/** `NOT EXISTS (…)`: the event's organizer (of the query's alias `e`) is not suspended. Their events leave listings, search and feeds. */
export function organizerNotSuspended(manager: EntityManager): string {
  const suspended = manager.createQueryBuilder(ActorRecord, 'o').select('1').where('o.id = e.organizer_actor_id AND o.suspended');
  return `NOT EXISTS (${suspended.getQuery()})`;
}

export class TypeOrmEventRepository extends EventRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get events() {
    return this.dataSource.getRepository(EventRecord);
  }

  async nextId(): Promise<string> {
    return nextId(this.dataSource.manager, EventRecord);
  }

  async findById(id: string): Promise<Event | null> {
    if (!isId(id)) return null;
    const record = await this.events.findOneBy({ id });
    return record ? toEvent(record) : null;
  }

  async findByIds(ids: string[]): Promise<Event[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const records = await this.events.createQueryBuilder('e').where('e.id = ANY(:ids::bigint[])', { ids: valid }).getMany();
    return records.map(toEvent);
  }

  async findByUuid(uuid: string): Promise<Event | null> {
    if (!isUuid(uuid)) return null;
    const record = await this.events.findOneBy({ uuid });
    return record ? toEvent(record) : null;
  }

  async save(event: Event): Promise<void> {
    const s = event.snapshot();
    await this.dataSource.transaction(async (manager) => {
      const saved = await insertWithId(manager, EventRecord, {
        ...s,
        lon: s.physicalAddress?.geom?.lon ?? null,
        lat: s.physicalAddress?.geom?.lat ?? null,
        isOnline: s.options.isOnline || (s.onlineAddress !== null && !s.physicalAddress),
      })
        .orUpdate(UPDATED, ['id'])
        // xmax is 0 on a row this statement inserted (rather than updated).
        .returning('(xmax = 0) AS inserted')
        .execute();
      // A new event comes with its organizer's participation (the domain's rule).
      if ((saved.raw as { inserted: boolean }[])[0].inserted) {
        const { eventId, actorId, role, message, createdAt, updatedAt } = organizerParticipation(s);
        await manager
          .createQueryBuilder()
          .insert()
          .into(ParticipationRecord)
          .values({ eventId, actorId, role, message, createdAt, updatedAt })
          .updateEntity(false)
          .execute();
      }
      await this.saveTags(manager, s.id, s.tags);
      // Indexed in the same transaction: a new event is searchable at once.
      await manager.createQueryBuilder().update(EventRecord).set(SEARCH_KEYS).where('id = :id', { id: s.id }).execute();
      await appendToOutbox(manager, event.pullEvents());
    });
  }

  private async saveTags(manager: EntityManager, eventId: string, titles: string[]): Promise<void> {
    await manager.delete(EventTagRecord, { eventId });
    // One row per slug: two titles may read the same once slugged.
    const bySlug = new Map(titles.map((title) => [tagSlug(title), title]));
    bySlug.delete('');
    if (bySlug.size === 0) return;
    // The no-op update makes RETURNING give the ids of existing tags too.
    const tags = await manager
      .createQueryBuilder()
      .insert()
      .into(TagRecord)
      .values([...bySlug].map(([slug, title]) => ({ slug, title })))
      .orUpdate(['slug'], ['slug'])
      .returning(['id'])
      .updateEntity(false)
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(EventTagRecord)
      .values((tags.raw as { id: string }[]).map(({ id }) => ({ eventId, tagId: id })))
      .orIgnore()
      .updateEntity(false)
      .execute();
  }

  async delete(event: Event): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(EventRecord, { id: event.id });
      await appendToOutbox(manager, event.pullEvents());
    });
  }

  async find(query: EventQuery, page: PageRequest): Promise<Page<Event>> {
    const filter = this.events.createQueryBuilder('e').where(query.drafts ? 'e.draft' : 'NOT e.draft');
    if (!query.includeSuspended) filter.andWhere(organizerNotSuspended(this.dataSource.manager));
    if (query.listedOnly) filter.andWhere(`e.visibility = 'PUBLIC'`);
    if (query.organizerActorIds)
      filter.andWhere('e.organizerActorId = ANY(:organizers::bigint[])', { organizers: query.organizerActorIds });
    if (query.tags?.length)
      filter.andWhere('e.tagKeys && (SELECT array_agg(f_unaccent(lower(t))) FROM unnest(:tags::text[]) t)', { tags: query.tags });
    if (query.category) filter.andWhere('e.category = :category', { category: query.category });
    if (query.beginsAfter) filter.andWhere('e.beginsOn >= :beginsAfter', { beginsAfter: query.beginsAfter });
    if (query.beginsBefore) filter.andWhere('e.beginsOn <= :beginsBefore', { beginsBefore: query.beginsBefore });
    if (query.endsAfter) filter.andWhere('coalesce(e.endsOn, e.beginsOn) >= :endsAfter', { endsAfter: query.endsAfter });
    if (query.isOnline !== undefined && query.isOnline !== null) filter.andWhere(query.isOnline ? 'e.isOnline' : 'NOT e.isOnline');
    if (query.statuses?.length) filter.andWhere('e.status = ANY(:statuses::text[])', { statuses: query.statuses });
    if (query.languages?.length) filter.andWhere('e.language = ANY(:languages::text[])', { languages: query.languages });
    if (query.near) {
      // earthdistance: the GiST index answers the bounding cube, the exact distance filters it.
      const center = 'll_to_earth(:lat, :lon)';
      filter.andWhere(
        `e.lat IS NOT NULL AND earth_box(${center}, :meters) @> ll_to_earth(e.lat, e.lon) AND earth_distance(${center}, ll_to_earth(e.lat, e.lon)) <= :meters`,
        { lat: query.near.point.lat, lon: query.near.point.lon, meters: query.near.radiusKm * 1000 },
      );
    }
    const term = query.term?.trim();
    if (term) {
      // Words as typed (any accent), or a title close enough to survive a typo.
      // `%` lets the trigram index prefilter; the stricter threshold keeps loose lookalikes out.
      filter.andWhere(
        `(e.searchVector @@ websearch_to_tsquery('simple', f_unaccent(:term)) OR (e.titleKey % f_unaccent(:term) AND similarity(e.titleKey, f_unaccent(:term)) >= :typo))`,
        { term: term.slice(0, 200).toLowerCase(), typo: TYPO_SIMILARITY },
      );
    }
    const listing = filter.clone();
    const direction = query.direction === 'DESC' ? 'DESC' : 'ASC';
    if (query.orderBy === 'RELEVANCE' && term) {
      listing
        .orderBy(
          `ts_rank(e.searchVector, websearch_to_tsquery('simple', f_unaccent(:term))) + similarity(e.titleKey, f_unaccent(:term))`,
          'DESC',
        )
        .addOrderBy('e.beginsOn', 'ASC');
    } else if (query.orderBy === 'INSERTED_AT') listing.orderBy('e.createdAt', direction);
    else if (query.orderBy === 'UPDATED_AT') listing.orderBy('e.updatedAt', direction);
    else listing.orderBy('e.beginsOn', direction);
    const records = await listing
      .addOrderBy('e.id')
      .limit(page.limit)
      .offset((page.page - 1) * page.limit)
      .getMany();
    // A short first page is its own total; otherwise count, but never past COUNT_CAP rows: an
    // exact total of a huge listing is not worth scanning it (api.md).
    const total = page.page === 1 && records.length < page.limit ? records.length : await this.count(filter);
    return { total, elements: records.map(toEvent) };
  }

  private async count(filter: SelectQueryBuilder<EventRecord>): Promise<number> {
    const capped = filter.clone().select('1').limit(COUNT_CAP);
    const row = await this.dataSource
      .createQueryBuilder()
      .select('count(*)::int', 'n')
      .from(`(${capped.getQuery()})`, 'capped')
      .setParameters(capped.getParameters())
      .getRawOne<{ n: number }>();
    return row!.n;
  }

  async tags(filter: string | null, page: PageRequest): Promise<TagView[]> {
    const f = filter?.trim().toLowerCase().slice(0, 100) || null;
    const query = this.dataSource
      .getRepository(TagRecord)
      .createQueryBuilder('t')
      .select(['t.id AS id', 't.slug AS slug', 't.title AS title'])
      .limit(page.limit)
      .offset((page.page - 1) * page.limit);
    if (f) {
      // Substring or trigram match of the unaccented title, closest first (tags_title_trgm_idx).
      query
        .where(`f_unaccent(lower(t.title)) LIKE '%' || f_unaccent(:f) || '%' OR f_unaccent(lower(t.title)) % f_unaccent(:f)`, { f })
        .orderBy('similarity(f_unaccent(lower(t.title)), f_unaccent(:f))', 'DESC');
    }
    return query.addOrderBy('t.title').getRawMany<TagView>();
  }

  async tagsOf(eventIds: string[]): Promise<Map<string, TagView[]>> {
    const result = new Map<string, TagView[]>(eventIds.map((id) => [id, []]));
    const valid = eventIds.filter(isId);
    if (valid.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(EventTagRecord)
      .createQueryBuilder('et')
      .innerJoin(TagRecord, 't', 't.id = et.tagId')
      .select(['et.eventId AS event_id', 't.id AS id', 't.slug AS slug', 't.title AS title'])
      .where('et.eventId = ANY(:ids::bigint[])', { ids: valid })
      .orderBy('t.title')
      .getRawMany<TagView & { event_id: string }>();
    for (const { event_id, ...tag } of rows) result.get(event_id)?.push(tag);
    return result;
  }
}
