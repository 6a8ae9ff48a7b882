// The value types of an event and the rules each one obeys on its own.

export type EventStatus = 'TENTATIVE' | 'CONFIRMED' | 'CANCELLED';
export type EventVisibility = 'PUBLIC' | 'UNLISTED' | 'RESTRICTED' | 'PRIVATE';
export type EventJoinOptions = 'FREE' | 'RESTRICTED' | 'INVITE' | 'EXTERNAL';
export type CommentModeration = 'ALLOW_ALL' | 'MODERATED' | 'CLOSED';
export type MetadataType = 'STRING' | 'INTEGER' | 'BOOLEAN';

export const EVENT_CATEGORIES = [
  'ARTS',
  'BOOK_CLUBS',
  'BUSINESS',
  'CAUSES',
  'COMEDY',
  'CRAFTS',
  'FOOD_DRINK',
  'HEALTH',
  'MUSIC',
  'AUTO_BOAT_AIR',
  'COMMUNITY',
  'FAMILY_EDUCATION',
  'FASHION_BEAUTY',
  'FILM_MEDIA',
  'GAMES',
  'LANGUAGE_CULTURE',
  'LEARNING',
  'LGBTQ',
  'MOVEMENTS_POLITICS',
  'NETWORKING',
  'PARTY',
  'PERFORMING_VISUAL_ARTS',
  'PETS',
  'PHOTOGRAPHY',
  'OUTDOORS_ADVENTURE',
  'SPIRITUALITY_RELIGION_BELIEFS',
  'SCIENCE_TECH',
  'SPORTS',
  'THEATRE',
  'MEETING',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export interface GeoPoint {
  lon: number;
  lat: number;
}

export interface EventAddress {
  description: string | null;
  street: string | null;
  locality: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
  geom: GeoPoint | null;
  type: string | null;
  url: string | null;
  originId: string | null;
  timezone: string | null;
}

export interface EventOptions {
  /** 0: no limit. */
  maximumAttendeeCapacity: number;
  showRemainingAttendeeCapacity: boolean;
  anonymousParticipation: boolean;
  commentModeration: CommentModeration;
  hideNumberOfParticipants: boolean;
  showStartTime: boolean;
  showEndTime: boolean;
  timezone: string | null;
  isOnline: boolean;
  showParticipationPrice: boolean;
  hideOrganizerWhenGroupEvent: boolean;
  offers: { price: number; priceCurrency: string; url: string | null }[];
  participationConditions: { title: string; content: string; url: string | null }[];
  attendees: string[];
  program: string | null;
}

export const DEFAULT_OPTIONS: EventOptions = {
  maximumAttendeeCapacity: 0,
  showRemainingAttendeeCapacity: false,
  anonymousParticipation: false,
  commentModeration: 'ALLOW_ALL',
  hideNumberOfParticipants: false,
  showStartTime: true,
  showEndTime: true,
  timezone: null,
  isOnline: false,
  showParticipationPrice: false,
  hideOrganizerWhenGroupEvent: false,
  offers: [],
  participationConditions: [],
  attendees: [],
  program: null,
};

export interface EventMetadata {
  key: string;
  title: string | null;
  value: string;
  type: MetadataType;
}

/**
 * The time zone an event is shown in: its own (`options.timezone`), else its address's; null when
 * it has neither. Emails, the .ics and the pages all show it in this zone.
 */
export function eventTimeZone(event: {
  options: { timezone: string | null };
  physicalAddress: { timezone: string | null } | null;
}): string | null {
  return event.options.timezone ?? event.physicalAddress?.timezone ?? null;
}

/** The zone a reader sees an event's dates in: the event's, else the reader's own (null: UTC). */
export function zoneForReader(eventZone: string | null, readerZone: string | null): string | null {
  return eventZone ?? readerZone;
}

export const EVENT_LIMITS = {
  title: 200,
  description: 100_000,
  tags: 20,
  tag: 40,
  url: 2000,
  phone: 60,
  addressField: 500,
  metadata: 50,
  metadataValue: 2000,
  capacity: 1_000_000,
  contacts: 20,
};

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && value.length <= EVENT_LIMITS.url;
  } catch {
    return false;
  }
}

/** Tags are compared and stored by their normalized title; `#` and surrounding spaces dropped. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ');
}

export function tagSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function slugify(title: string): string {
  return tagSlug(title).slice(0, 80) || 'event';
}

const GEOHASH = '0123456789bcdefghjkmnpqrstuvwxyz';

/** The centre of a geohash cell (the web client sends the user's location this way). */
export function decodeGeohash(hash: string): GeoPoint | null {
  if (!/^[0-9b-hjkmnp-z]{1,12}$/.test(hash)) return null;
  let even = true;
  const lat = [-90, 90];
  const lon = [-180, 180];
  for (const char of hash) {
    const bits = GEOHASH.indexOf(char);
    for (let bit = 4; bit >= 0; bit--) {
      const range = even ? lon : lat;
      const mid = (range[0] + range[1]) / 2;
      if ((bits >> bit) & 1) range[0] = mid;
      else range[1] = mid;
      even = !even;
    }
  }
  return { lon: (lon[0] + lon[1]) / 2, lat: (lat[0] + lat[1]) / 2 };
}
