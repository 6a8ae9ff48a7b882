import type { Event, EventAddress } from '../../../domain/events/index.js';
import { formatPoint, parsePoint, type AddressInput, type AddressObject } from '../shared/address.graphql.js';
import type { EventOptionsInput } from './event.graphql.js';
import { EventObject } from './event.graphql.js';
import type { EventOptions } from '../../../domain/events/index.js';
import { ValidationErrors } from '../shared/api-error.js';

// Events longer than this are "long events" (Config.eventCategories' durationOfLongEvent: 30 days).
const LONG_EVENT_MS = 30 * 24 * 3600_000;

export function toEventObject(event: Event): EventObject {
  const s = event.snapshot();
  return Object.assign(new EventObject(), {
    id: s.id,
    uuid: s.uuid,
    url: s.url,
    local: true,
    title: s.title,
    slug: s.slug,
    description: s.description,
    beginsOn: s.beginsOn,
    endsOn: s.endsOn,
    longEvent: s.endsOn ? s.endsOn.getTime() - s.beginsOn.getTime() > LONG_EVENT_MS : false,
    status: s.status,
    visibility: s.visibility,
    joinOptions: s.joinOptions,
    externalParticipationUrl: s.externalParticipationUrl,
    publishAt: s.publishAt,
    physicalAddress: s.physicalAddress ? toAddressObject(s.physicalAddress, s.id) : null,
    onlineAddress: s.onlineAddress,
    phoneAddress: s.phoneAddress,
    category: s.category,
    draft: s.draft,
    updatedAt: s.updatedAt,
    insertedAt: s.createdAt,
    options: { ...s.options, remainingAttendeeCapacity: null, eventId: s.id },
    metadata: s.metadata,
    language: s.language,
    media: [],
    relatedEvents: [],
    attributedTo: null,
    organizerActorId: s.organizerActorId,
    attributedToId: null,
    pictureId: s.pictureId,
    contactIds: s.contactIds,
    mediaIds: [],
    tagIds: [],
  });
}

export function toAddressObject(a: EventAddress, id: string | null = null): AddressObject {
  return Object.assign({} as AddressObject, {
    ...a,
    geom: a.geom ? formatPoint(a.geom) : null,
    id,
    pictureInfo: null,
  });
}

export function fromAddressInput(input: AddressInput | null | undefined): EventAddress | null | undefined {
  if (input === undefined) return undefined;
  if (input === null) return null;
  const geom = input.geom ? parsePoint(input.geom) : null;
  if (input.geom && !geom) throw new ValidationErrors([{ field: 'physicalAddress.geom', message: 'geom must be "longitude;latitude"' }]);
  const text = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
  return {
    description: text(input.description),
    street: text(input.street),
    locality: text(input.locality),
    postalCode: text(input.postalCode),
    region: text(input.region),
    country: text(input.country),
    geom,
    type: text(input.type),
    url: text(input.url),
    originId: text(input.originId),
    timezone: text(input.timezone),
  };
}

export function fromOptionsInput(input: EventOptionsInput | null | undefined): Partial<EventOptions> | undefined {
  if (!input) return undefined;
  const given = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);
  return {
    maximumAttendeeCapacity: given(input.maximumAttendeeCapacity),
    showRemainingAttendeeCapacity: given(input.showRemainingAttendeeCapacity),
    anonymousParticipation: given(input.anonymousParticipation),
    commentModeration: given(input.commentModeration),
    hideNumberOfParticipants: given(input.hideNumberOfParticipants),
    showStartTime: given(input.showStartTime),
    showEndTime: given(input.showEndTime),
    timezone: given(input.timezone),
    isOnline: given(input.isOnline),
    showParticipationPrice: given(input.showParticipationPrice),
    hideOrganizerWhenGroupEvent: given(input.hideOrganizerWhenGroupEvent),
    program: given(input.program),
    attendees: input.attendees ? input.attendees.filter((a): a is string => typeof a === 'string') : undefined,
    offers: input.offers
      ? input.offers
          .filter((o) => o !== null)
          .map((o) => ({ price: o!.price ?? 0, priceCurrency: (o!.priceCurrency ?? 'EUR').toUpperCase(), url: o!.url ?? null }))
      : undefined,
    participationConditions: input.participationConditions
      ? input.participationConditions
          .filter((c) => c !== null)
          .map((c) => ({ title: c!.title ?? '', content: c!.content ?? '', url: c!.url ?? null }))
      : undefined,
  };
}
