import type { Page, PageRequest } from '../../shared/index.js';
import type { Event } from '../event.js';
import type { EventCategory, EventStatus, GeoPoint } from '../event-values.js';

export interface EventQuery {
  /** Published PUBLIC events only (listings, search, feeds). */
  listedOnly?: boolean;
  /** Events organized by these identities (drafts included only with `drafts`). */
  organizerActorIds?: string[];
  /** true: drafts only; false or unset: published only. */
  drafts?: boolean;
  term?: string | null;
  tags?: string[];
  category?: EventCategory | null;
  near?: { point: GeoPoint; radiusKm: number } | null;
  beginsAfter?: Date | null;
  beginsBefore?: Date | null;
  /** Ends after this (or begins after it when there is no end): upcoming or ongoing. */
  endsAfter?: Date | null;
  isOnline?: boolean | null;
  statuses?: EventStatus[];
  languages?: string[];
  orderBy?: 'BEGINS_ON' | 'INSERTED_AT' | 'UPDATED_AT' | 'RELEVANCE';
  direction?: 'ASC' | 'DESC';
  /** Events of suspended organizers are left out unless this is set (moderation jobs). */
  includeSuspended?: boolean;
}

export interface TagView {
  id: string;
  slug: string;
  title: string;
}

export abstract class EventRepository {
  abstract nextId(): Promise<string>;
  abstract findById(id: string): Promise<Event | null>;
  /** Several at once, in any order (pages of participations load their events in one query). */
  abstract findByIds(ids: string[]): Promise<Event[]>;
  abstract findByUuid(uuid: string): Promise<Event | null>;
  /** Saves the event, its tags and search index entry, and its pending events (outbox), atomically. */
  abstract save(event: Event): Promise<void>;
  abstract delete(event: Event): Promise<void>;
  abstract find(query: EventQuery, page: PageRequest): Promise<Page<Event>>;
  abstract tags(filter: string | null, page: PageRequest): Promise<TagView[]>;
  /** Tags of several events at once, by event id. */
  abstract tagsOf(eventIds: string[]): Promise<Map<string, TagView[]>>;
}
