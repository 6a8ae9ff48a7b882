import { isTimeZone, RecordedEvents } from '../shared/index.js';
import type { EventDomainEvent } from './event.domain-events.js';
import {
  DEFAULT_OPTIONS,
  EVENT_CATEGORIES,
  EVENT_LIMITS,
  isHttpUrl,
  eventTimeZone,
  normalizeTag,
  slugify,
  type EventAddress,
  type EventCategory,
  type EventJoinOptions,
  type EventMetadata,
  type EventOptions,
  type EventStatus,
  type EventVisibility,
} from './event-values.js';

export interface EventState {
  id: string;
  uuid: string;
  url: string;
  slug: string;
  organizerActorId: string;
  title: string;
  /** Sanitized HTML. */
  description: string;
  beginsOn: Date;
  endsOn: Date | null;
  status: EventStatus;
  visibility: EventVisibility;
  joinOptions: EventJoinOptions;
  externalParticipationUrl: string | null;
  category: EventCategory;
  tags: string[];
  pictureId: string | null;
  physicalAddress: EventAddress | null;
  onlineAddress: string | null;
  phoneAddress: string | null;
  language: string;
  contactIds: string[];
  metadata: EventMetadata[];
  options: EventOptions;
  draft: boolean;
  publishAt: Date | null;
  /** RFC 5545 SEQUENCE: incremented by every change calendars should pick up. */
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a create or an update may set; `undefined` leaves a field as it is. */
export interface EventChanges {
  title?: string;
  description?: string;
  beginsOn?: Date;
  endsOn?: Date | null;
  status?: EventStatus;
  visibility?: EventVisibility;
  joinOptions?: EventJoinOptions;
  externalParticipationUrl?: string | null;
  category?: EventCategory;
  tags?: string[];
  pictureId?: string | null;
  physicalAddress?: EventAddress | null;
  onlineAddress?: string | null;
  phoneAddress?: string | null;
  language?: string;
  contactIds?: string[];
  metadata?: EventMetadata[];
  options?: Partial<EventOptions>;
  draft?: boolean;
}

type Problem = { field: string; message: string };

/** Fields whose change participants are told about (and calendars see as a new SEQUENCE). */
export const NOTABLE_FIELDS = ['title', 'beginsOn', 'endsOn', 'physicalAddress', 'onlineAddress', 'status'] as const;
export type NotableField = (typeof NOTABLE_FIELDS)[number];

// Whitespace and invisible format characters (zero-width spaces, joiners, BOM): a text made only of
// them shows nothing.
const INVISIBLE = /[\s\p{Cf}]/gu;

function checkText(problems: Problem[], field: string, value: string | null | undefined, max: number, required = false): void {
  if (value === undefined || value === null) return;
  if (required && value.replace(INVISIBLE, '').length === 0) problems.push({ field, message: `${field} is required` });
  else if (value.length > max) problems.push({ field, message: `${field} must be at most ${max} characters` });
}

/** Validates the resulting state: every invalid field is reported, in one go. */
export function eventProblems(s: EventState): Problem[] {
  const problems: Problem[] = [];
  checkText(problems, 'title', s.title, EVENT_LIMITS.title, true);
  checkText(problems, 'description', s.description, EVENT_LIMITS.description);
  if (Number.isNaN(s.beginsOn.getTime())) problems.push({ field: 'beginsOn', message: 'beginsOn is not a date' });
  if (s.endsOn && !(s.endsOn.getTime() > s.beginsOn.getTime()))
    problems.push({ field: 'endsOn', message: 'The event must end after it begins' });
  if (!EVENT_CATEGORIES.includes(s.category)) problems.push({ field: 'category', message: 'Unknown category' });
  if (s.joinOptions === 'EXTERNAL' && !s.externalParticipationUrl)
    problems.push({ field: 'externalParticipationUrl', message: 'An external registration URL is required' });
  if (s.externalParticipationUrl && !isHttpUrl(s.externalParticipationUrl))
    problems.push({ field: 'externalParticipationUrl', message: 'Must be an http(s) URL' });
  if (s.onlineAddress && !isHttpUrl(s.onlineAddress)) problems.push({ field: 'onlineAddress', message: 'Must be an http(s) URL' });
  checkText(problems, 'phoneAddress', s.phoneAddress, EVENT_LIMITS.phone);
  if (s.tags.length > EVENT_LIMITS.tags) problems.push({ field: 'tags', message: `At most ${EVENT_LIMITS.tags} tags` });
  if (s.tags.some((t) => t.length === 0 || t.length > EVENT_LIMITS.tag))
    problems.push({ field: 'tags', message: `Each tag has 1 to ${EVENT_LIMITS.tag} characters` });
  if (!/^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*|und)$/.test(s.language)) problems.push({ field: 'language', message: 'Not a language tag' });
  if (s.contactIds.length > EVENT_LIMITS.contacts)
    problems.push({ field: 'contacts', message: `At most ${EVENT_LIMITS.contacts} contacts` });
  if (s.metadata.length > EVENT_LIMITS.metadata) problems.push({ field: 'metadata', message: `At most ${EVENT_LIMITS.metadata} entries` });
  if (
    s.metadata.some(
      (m) => m.key.length === 0 || m.key.length > 100 || m.value.length > EVENT_LIMITS.metadataValue || (m.title?.length ?? 0) > 200,
    )
  ) {
    problems.push({ field: 'metadata', message: 'Invalid metadata entry' });
  }
  const a = s.physicalAddress;
  if (a) {
    for (const key of ['description', 'street', 'locality', 'postalCode', 'region', 'country', 'type', 'originId'] as const) {
      checkText(problems, `physicalAddress.${key}`, a[key], EVENT_LIMITS.addressField);
    }
    if (a.url && !isHttpUrl(a.url)) problems.push({ field: 'physicalAddress.url', message: 'Must be an http(s) URL' });
    if (a.timezone && !isTimeZone(a.timezone)) problems.push({ field: 'physicalAddress.timezone', message: 'Unknown timezone' });
  }
  const o = s.options;
  if (!Number.isInteger(o.maximumAttendeeCapacity) || o.maximumAttendeeCapacity < 0 || o.maximumAttendeeCapacity > EVENT_LIMITS.capacity) {
    problems.push({
      field: 'options.maximumAttendeeCapacity',
      message: `Capacity must be a whole number from 0 (no limit) to ${EVENT_LIMITS.capacity}`,
    });
  }
  if (o.timezone && !isTimeZone(o.timezone)) problems.push({ field: 'options.timezone', message: 'Unknown timezone' });
  checkText(problems, 'options.program', o.program, EVENT_LIMITS.description);
  if (o.offers.length > 20 || o.participationConditions.length > 20 || o.attendees.length > 100)
    problems.push({ field: 'options', message: 'Too many entries' });
  if (
    o.offers.some(
      (offer) =>
        !Number.isFinite(offer.price) ||
        offer.price < 0 ||
        !/^[A-Z]{3}$/.test(offer.priceCurrency) ||
        (offer.url !== null && !isHttpUrl(offer.url)),
    )
  ) {
    problems.push({ field: 'options.offers', message: 'Each offer needs a price ≥ 0, a currency code and an http(s) URL if any' });
  }
  if (o.participationConditions.some((c) => c.title.length > 200 || c.content.length > 5000 || (c.url !== null && !isHttpUrl(c.url)))) {
    problems.push({ field: 'options.participationConditions', message: 'Invalid participation condition' });
  }
  if (o.attendees.some((x) => x.length > 200)) problems.push({ field: 'options.attendees', message: 'Invalid attendee' });
  return problems;
}

export class Event {
  private readonly recorded = new RecordedEvents<EventDomainEvent>();

  private constructor(private state: EventState) {}

  static restore(state: EventState): Event {
    return new Event(cloneState(state));
  }

  /** A new event; invalid input is reported as problems and nothing is created. */
  static create(
    base: { id: string; uuid: string; baseUrl: string; organizerActorId: string; title: string; beginsOn: Date },
    changes: EventChanges,
    now: Date,
  ): { event: Event } | { problems: Problem[] } {
    const title = (changes.title ?? base.title).trim();
    const state: EventState = {
      id: base.id,
      uuid: base.uuid,
      url: `${base.baseUrl}/events/${base.uuid}`,
      slug: slugify(title),
      organizerActorId: base.organizerActorId,
      title,
      description: changes.description ?? '',
      beginsOn: changes.beginsOn ?? base.beginsOn,
      endsOn: changes.endsOn ?? null,
      status: changes.status ?? 'CONFIRMED',
      visibility: changes.visibility ?? 'PUBLIC',
      joinOptions: changes.joinOptions ?? 'FREE',
      externalParticipationUrl: changes.externalParticipationUrl ?? null,
      category: changes.category ?? 'MEETING',
      tags: dedupeTags(changes.tags ?? []),
      pictureId: changes.pictureId ?? null,
      physicalAddress: changes.physicalAddress ?? null,
      onlineAddress: changes.onlineAddress ?? null,
      phoneAddress: changes.phoneAddress ?? null,
      language: changes.language ?? 'und',
      contactIds: changes.contactIds ?? [],
      metadata: changes.metadata ?? [],
      options: { ...DEFAULT_OPTIONS, ...definedOnly(changes.options ?? {}) },
      draft: changes.draft ?? false,
      publishAt: changes.draft ? null : now,
      sequence: 0,
      createdAt: now,
      updatedAt: now,
    };
    const problems = eventProblems(state);
    if (problems.length > 0) return { problems };
    const event = new Event(state);
    event.recorded.record('event.created', { eventId: state.id, draft: state.draft }, now);
    if (!state.draft) event.recorded.record('event.published', { eventId: state.id }, now);
    return { event };
  }

  get id(): string {
    return this.state.id;
  }
  get uuid(): string {
    return this.state.uuid;
  }
  get organizerActorId(): string {
    return this.state.organizerActorId;
  }
  get isDraft(): boolean {
    return this.state.draft;
  }
  get status(): EventStatus {
    return this.state.status;
  }
  get visibility(): EventVisibility {
    return this.state.visibility;
  }
  get joinOptions(): EventJoinOptions {
    return this.state.joinOptions;
  }
  get options(): EventOptions {
    return cloneState(this.state).options;
  }
  get beginsOn(): Date {
    return new Date(this.state.beginsOn);
  }
  /** The zone it is shown in (see eventTimeZone). */
  get timeZone(): string | null {
    return eventTimeZone(this.state);
  }
  get endsOn(): Date | null {
    return this.state.endsOn ? new Date(this.state.endsOn) : null;
  }

  snapshot(): Readonly<EventState> {
    return cloneState(this.state);
  }

  pullEvents() {
    return this.recorded.pull();
  }

  /** Whether anyone may see it: published and not private. Unlisted events are reachable by link. */
  isVisibleToEveryone(): boolean {
    return !this.state.draft && (this.state.visibility === 'PUBLIC' || this.state.visibility === 'UNLISTED');
  }

  /** Listed in feeds, searches and listings. */
  isListed(): boolean {
    return !this.state.draft && this.state.visibility === 'PUBLIC';
  }

  /** Applies changes; invalid results are reported and nothing changes. */
  update(changes: EventChanges, now: Date): Problem[] {
    if (changes.draft === true && !this.state.draft) return [{ field: 'draft', message: 'A published event cannot go back to draft' }];
    const before = this.state;
    const next: EventState = cloneState(before);
    for (const [key, value] of Object.entries(changes) as [keyof EventChanges, unknown][]) {
      if (value === undefined || key === 'options' || key === 'tags') continue;
      (next as unknown as Record<string, unknown>)[key] = value;
    }
    if (changes.title !== undefined) next.title = changes.title.trim();
    if (changes.tags !== undefined) next.tags = dedupeTags(changes.tags);
    if (changes.options !== undefined) next.options = { ...before.options, ...definedOnly(changes.options) };
    const problems = eventProblems(next);
    if (problems.length > 0) return problems;

    const changed = NOTABLE_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(next[field]));
    const publishing = before.draft && !next.draft;
    next.updatedAt = now;
    if (publishing) next.publishAt = now;
    // Drafts are nobody's calendar entry yet: their edits do not count.
    if (!before.draft) next.sequence = before.sequence + 1;
    this.state = next;

    if (publishing) this.recorded.record('event.published', { eventId: next.id }, now);
    else if (!next.draft) {
      if (changed.includes('status') && next.status === 'CANCELLED') this.recorded.record('event.cancelled', { eventId: next.id }, now);
      const notable = changed.filter((f) => f !== 'status' || next.status !== 'CANCELLED');
      this.recorded.record('event.updated', { eventId: next.id, changed: notable }, now);
    }
    return [];
  }

  markDeleted(now: Date): void {
    this.recorded.record(
      'event.deleted',
      { eventId: this.state.id, uuid: this.state.uuid, url: this.state.url, draft: this.state.draft },
      now,
    );
  }
}

// Plain copies (structuredClone would create Dates of another realm under test runners).
function cloneState(s: EventState): EventState {
  const copyDate = (d: Date | null) => (d ? new Date(d.getTime()) : null);
  return {
    ...s,
    beginsOn: new Date(s.beginsOn.getTime()),
    endsOn: copyDate(s.endsOn),
    publishAt: copyDate(s.publishAt),
    createdAt: new Date(s.createdAt.getTime()),
    updatedAt: new Date(s.updatedAt.getTime()),
    tags: [...s.tags],
    contactIds: [...s.contactIds],
    physicalAddress: s.physicalAddress ? JSON.parse(JSON.stringify(s.physicalAddress)) : null,
    metadata: JSON.parse(JSON.stringify(s.metadata)),
    options: JSON.parse(JSON.stringify(s.options)),
  };
}

function dedupeTags(tags: string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of tags) {
    const tag = normalizeTag(raw);
    if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
