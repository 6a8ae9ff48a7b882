// GraphQL shapes of Mobilizon's events area (Event, its options, tags, search results) and the
// argument classes of the event queries and mutations. Types only: resolvers live beside.
//
// What the event resolver must provide (fields whose value is not a plain property of the object):
//   Event.participants(page: Int = 1, limit: Int = 10, roles: String = ""): PaginatedParticipantList
//       NOT declared here (it has arguments): declare it with
//       `@ResolveField('participants', () => PaginatedParticipantListObject, { nullable: true })`
//       and `@Args({ type: () => EventParticipantsArgs }) args: EventParticipantsArgs` (../participations/participant.graphql.ts).
//   Event.organizerActor, Event.attributedTo, Event.contacts  → load actors (organizerActorId, attributedToId, contactIds)
//   Event.picture, Event.media                               → load media (pictureId, mediaIds)
//   Event.participantStats                                   → count participations (or fill participantStatsValue)
//   Event.relatedEvents                                      → [] is acceptable until there is a recommender
//   Event.tags, Tag.related                                  → plain properties may do (fill them in the mapping)
//   EventResult.* (search results)                           → same helpers as Event
// Event.comments ([Comment]) is declared by the comments resolver. Left out until private
// messages exist: Event.conversations(page: Int = 1, limit: Int = 10): PaginatedConversationList.
//
// Mobilizon quirk kept for the shape: updateEvent declares `visibility = PUBLIC`, `joinOptions = FREE`,
// `contacts = []` and `language = "und"` as defaults, so an omitted argument arrives with that
// value. A resolver that wants "not sent = unchanged" must look at the field's argument nodes.
import { ArgsType, Field, Float, ID, InputType, Int, InterfaceType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ActionLogObjectInterface,
  ActivityObjectInterface,
  InteractableInterface,
  MediaObject,
  SortDirection,
  TimezoneScalar,
  UuidScalar,
} from '../shared/common-types.js';
import { AddressInput, AddressObject } from '../shared/address.graphql.js';
import { IsGeohash } from '../shared/validation.js';
import { ActorInterface, MediaInput } from '../identities/person.graphql.js';

const opt = { nullable: true } as const;
// Mobilizon's lists are `[T]`: nullable list of nullable items.
const optList = { nullable: 'itemsAndList' } as const;

// ---------------------------------------------------------------------------------------------
// Enums. The TypeScript enums carry the GraphQL names; `${Enum}` gives the string-literal union the
// domain uses, so domain values can be assigned to the class properties without casts.

export enum EventStatusEnum {
  TENTATIVE = 'TENTATIVE',
  CONFIRMED = 'CONFIRMED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EventStatusEnum, { name: 'EventStatus', description: 'The status of an event' });

export enum EventVisibilityEnum {
  PUBLIC = 'PUBLIC',
  UNLISTED = 'UNLISTED',
  RESTRICTED = 'RESTRICTED',
  PRIVATE = 'PRIVATE',
}
registerEnumType(EventVisibilityEnum, {
  name: 'EventVisibility',
  valuesMap: {
    PUBLIC: { description: 'Listed and federated publicly' },
    UNLISTED: { description: 'Reachable only through its link' },
    RESTRICTED: { description: 'Shown once a moderator accepted it' },
    PRIVATE: { description: "Shown only to the group's members or the person's followers" },
  },
});

export enum EventJoinOptionsEnum {
  FREE = 'FREE',
  RESTRICTED = 'RESTRICTED',
  INVITE = 'INVITE',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(EventJoinOptionsEnum, {
  name: 'EventJoinOptions',
  valuesMap: {
    FREE: { description: 'Anyone may join and is accepted at once' },
    RESTRICTED: { description: 'An organizer approves each participant' },
    INVITE: { description: 'Only invited people may join' },
    EXTERNAL: { description: 'Participation happens on an external site' },
  },
});

export enum EventCategoryEnum {
  ARTS = 'ARTS',
  BOOK_CLUBS = 'BOOK_CLUBS',
  BUSINESS = 'BUSINESS',
  CAUSES = 'CAUSES',
  COMEDY = 'COMEDY',
  CRAFTS = 'CRAFTS',
  FOOD_DRINK = 'FOOD_DRINK',
  HEALTH = 'HEALTH',
  MUSIC = 'MUSIC',
  AUTO_BOAT_AIR = 'AUTO_BOAT_AIR',
  COMMUNITY = 'COMMUNITY',
  FAMILY_EDUCATION = 'FAMILY_EDUCATION',
  FASHION_BEAUTY = 'FASHION_BEAUTY',
  FILM_MEDIA = 'FILM_MEDIA',
  GAMES = 'GAMES',
  LANGUAGE_CULTURE = 'LANGUAGE_CULTURE',
  LEARNING = 'LEARNING',
  LGBTQ = 'LGBTQ',
  MOVEMENTS_POLITICS = 'MOVEMENTS_POLITICS',
  NETWORKING = 'NETWORKING',
  PARTY = 'PARTY',
  PERFORMING_VISUAL_ARTS = 'PERFORMING_VISUAL_ARTS',
  PETS = 'PETS',
  PHOTOGRAPHY = 'PHOTOGRAPHY',
  OUTDOORS_ADVENTURE = 'OUTDOORS_ADVENTURE',
  SPIRITUALITY_RELIGION_BELIEFS = 'SPIRITUALITY_RELIGION_BELIEFS',
  SCIENCE_TECH = 'SCIENCE_TECH',
  SPORTS = 'SPORTS',
  THEATRE = 'THEATRE',
  MEETING = 'MEETING',
}
registerEnumType(EventCategoryEnum, { name: 'EventCategory', description: 'The category of an event' });

export enum EventCommentModerationEnum {
  ALLOW_ALL = 'ALLOW_ALL',
  MODERATED = 'MODERATED',
  CLOSED = 'CLOSED',
}
registerEnumType(EventCommentModerationEnum, {
  name: 'EventCommentModeration',
  valuesMap: {
    ALLOW_ALL: { description: 'Anyone may comment' },
    MODERATED: { description: 'Comments wait for an organizer' },
    CLOSED: { description: 'Only organizers may comment' },
  },
});

export enum EventMetadataTypeEnum {
  STRING = 'STRING',
  INTEGER = 'INTEGER',
  BOOLEAN = 'BOOLEAN',
}
registerEnumType(EventMetadataTypeEnum, { name: 'EventMetadataType', description: 'The type of a metadata value' });

export enum EventOrderByEnum {
  BEGINS_ON = 'BEGINS_ON',
  INSERTED_AT = 'INSERTED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EventOrderByEnum, { name: 'EventOrderBy', description: 'How to order a list of events' });

export enum EventTypeEnum {
  IN_PERSON = 'IN_PERSON',
  ONLINE = 'ONLINE',
}
registerEnumType(EventTypeEnum, {
  name: 'EventType',
  valuesMap: {
    IN_PERSON: { description: 'Happens at a physical address (may be streamed too)' },
    ONLINE: { description: 'Happens online only' },
  },
});

/** Shared with `searchGroups` (groups will import it from here). */
export enum SearchTargetEnum {
  SELF = 'SELF',
  INTERNAL = 'INTERNAL',
  GLOBAL = 'GLOBAL',
}
registerEnumType(SearchTargetEnum, {
  name: 'SearchTarget',
  valuesMap: {
    SELF: { description: 'Content of this instance only' },
    INTERNAL: { description: 'Content of this instance and of the instances it follows' },
    GLOBAL: { description: 'A global fediverse search service' },
  },
});

export enum SearchEventSortOptionsEnum {
  MATCH_DESC = 'MATCH_DESC',
  START_TIME_ASC = 'START_TIME_ASC',
  START_TIME_DESC = 'START_TIME_DESC',
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
  PARTICIPANT_COUNT_DESC = 'PARTICIPANT_COUNT_DESC',
}
registerEnumType(SearchEventSortOptionsEnum, { name: 'SearchEventSortOptions', description: 'How to order event search results' });

export type EventStatusValue = `${EventStatusEnum}`;
export type EventVisibilityValue = `${EventVisibilityEnum}`;
export type EventJoinOptionsValue = `${EventJoinOptionsEnum}`;
export type EventCategoryValue = `${EventCategoryEnum}`;
export type EventCommentModerationValue = `${EventCommentModerationEnum}`;
export type EventMetadataTypeValue = `${EventMetadataTypeEnum}`;

// ---------------------------------------------------------------------------------------------
// Options, metadata, tags, statistics.

@ObjectType('EventOffer', { description: 'A price offer for an event' })
export class EventOfferObject {
  @Field(() => Float, opt) price: number | null;
  @Field(() => String, opt) priceCurrency: string | null;
  @Field(() => String, opt) url: string | null;
}

@ObjectType('EventParticipationCondition', { description: 'A condition a participant accepts when joining' })
export class EventParticipationConditionObject {
  @Field(() => String, opt) title: string | null;
  @Field(() => String, opt) content: string | null;
  @Field(() => String, opt) url: string | null;
}

@ObjectType('EventOptions', { description: 'The options of an event' })
export class EventOptionsObject {
  @Field(() => Int, { ...opt, description: 'Maximum number of participants (0: no limit)' })
  maximumAttendeeCapacity: number | null;

  /** Computed (capacity minus going): the resolver or the mapping fills it. */
  @Field(() => Int, { ...opt, description: 'Seats left' })
  remainingAttendeeCapacity: number | null;

  @Field(() => Boolean, opt) showRemainingAttendeeCapacity: boolean | null;
  @Field(() => Boolean, opt) anonymousParticipation: boolean | null;
  @Field(() => [EventOfferObject], optList) offers: EventOfferObject[] | null;
  @Field(() => [EventParticipationConditionObject], optList) participationConditions: EventParticipationConditionObject[] | null;
  @Field(() => [String], optList) attendees: string[] | null;
  @Field(() => String, opt) program: string | null;
  @Field(() => EventCommentModerationEnum, opt) commentModeration: EventCommentModerationValue | null;
  @Field(() => Boolean, opt) showParticipationPrice: boolean | null;
  @Field(() => Boolean, opt) hideNumberOfParticipants: boolean | null;
  @Field(() => Boolean, opt) showStartTime: boolean | null;
  @Field(() => Boolean, opt) showEndTime: boolean | null;
  @Field(() => TimezoneScalar, opt) timezone: string | null;
  @Field(() => Boolean, opt) hideOrganizerWhenGroupEvent: boolean | null;
  @Field(() => Boolean, opt) isOnline: boolean | null;

  /** Not in the schema: the event, for `remainingAttendeeCapacity` (counted by participations). */
  eventId: string | null;
}

@ObjectType('EventMetadata', { description: 'A key-value pair attached to an event' })
export class EventMetadataObject {
  @Field(() => String, opt) key: string | null;
  @Field(() => String, opt) title: string | null;
  @Field(() => String, opt) value: string | null;
  @Field(() => EventMetadataTypeEnum, opt) type: EventMetadataTypeValue | null;
}

@ObjectType('Tag', { description: 'A tag on events and posts' })
export class TagObject {
  @Field(() => ID, opt) id: string | null;
  @Field(() => String, opt) slug: string | null;
  @Field(() => String, opt) title: string | null;
  /** Tags seen together with this one; a plain property or a @ResolveField of the tag resolver. */
  @Field(() => [TagObject], optList) related: TagObject[] | null;
}

@ObjectType('ParticipantStats', { description: 'Participation counts of an event, by role' })
export class ParticipantStatsObject {
  @Field(() => Int, { ...opt, description: 'Approved participants (all roles that attend)' })
  going: number | null;

  @Field(() => Int, opt) notApproved: number | null;
  @Field(() => Int, opt) notConfirmed: number | null;
  @Field(() => Int, opt) rejected: number | null;

  @Field(() => Int, { ...opt, description: 'Plain participants (organizers excluded)' })
  participant: number | null;

  @Field(() => Int, opt) moderator: number | null;
  @Field(() => Int, opt) administrator: number | null;
  @Field(() => Int, opt) creator: number | null;
}

// ---------------------------------------------------------------------------------------------
// Events and search results.

@InterfaceType('EventSearchResult', { description: 'What an event search answers, local or remote' })
export abstract class EventSearchResultInterface {
  @Field(() => ID, opt) id: string | null;
  @Field(() => UuidScalar, opt) uuid: string | null;
  @Field(() => String, { ...opt, description: 'The ActivityPub id of the event' }) url: string | null;
  @Field(() => String, opt) title: string | null;
  @Field(() => Date, opt) beginsOn: Date | null;
  @Field(() => Date, opt) endsOn: Date | null;
  @Field(() => Boolean, { ...opt, description: 'Whether it lasts long (an activity rather than a moment)' }) longEvent: boolean | null;
  @Field(() => EventStatusEnum, opt) status: EventStatusValue | null;
  @Field(() => MediaObject, opt) picture: MediaObject | null;
  @Field(() => AddressObject, opt) physicalAddress: AddressObject | null;
  @Field(() => ActorInterface, { ...opt, description: 'Who the event belongs to, often a group' }) attributedTo: ActorInterface | null;
  @Field(() => ActorInterface, { ...opt, description: 'The person who organizes it' }) organizerActor: ActorInterface | null;
  @Field(() => [TagObject], optList) tags: TagObject[] | null;
  @Field(() => EventCategoryEnum, opt) category: EventCategoryValue | null;
  @Field(() => EventOptionsObject, opt) options: EventOptionsObject | null;
  @Field(() => ParticipantStatsObject, opt) participantStats: ParticipantStatsObject | null;

  /** Not in the schema: ids the field resolvers load. */
  organizerActorId: string | null;
  attributedToId: string | null;
  pictureId: string | null;
}

@ObjectType('Event', {
  description: 'An event',
  implements: () => [ActionLogObjectInterface, InteractableInterface, ActivityObjectInterface, EventSearchResultInterface],
})
export class EventObject extends EventSearchResultInterface {
  @Field(() => Boolean, opt) local: boolean | null;
  @Field(() => String, opt) slug: string | null;
  @Field(() => String, { ...opt, description: 'HTML, sanitized' }) description: string | null;
  @Field(() => EventVisibilityEnum, opt) visibility: EventVisibilityValue | null;
  @Field(() => EventJoinOptionsEnum, opt) joinOptions: EventJoinOptionsValue | null;
  @Field(() => String, opt) externalParticipationUrl: string | null;
  @Field(() => [MediaObject], optList) media: MediaObject[] | null;
  @Field(() => Date, opt) publishAt: Date | null;
  @Field(() => String, opt) onlineAddress: string | null;
  @Field(() => String, opt) phoneAddress: string | null;
  @Field(() => Boolean, opt) draft: boolean | null;
  @Field(() => [ActorInterface], optList) contacts: ActorInterface[] | null;
  @Field(() => [EventObject], optList) relatedEvents: EventObject[] | null;
  @Field(() => Date, opt) updatedAt: Date | null;
  @Field(() => Date, opt) insertedAt: Date | null;
  @Field(() => [EventMetadataObject], optList) metadata: EventMetadataObject[] | null;
  @Field(() => String, { ...opt, description: 'A language code, "und" when unknown' }) language: string | null;

  /** Not in the schema: ids and values the field resolvers use. */
  contactIds: string[];
  mediaIds: string[];
  tagIds: string[];
}

@ObjectType('EventResult', {
  description: 'An event found by a search (possibly on another instance)',
  implements: () => [EventSearchResultInterface],
})
export class EventResultObject extends EventSearchResultInterface {}

@ObjectType('PaginatedEventList', { description: 'A page of events' })
export class PaginatedEventListObject {
  @Field(() => [EventObject], optList) elements: EventObject[] | null;
  @Field(() => Int, { ...opt, description: 'How many events the whole list holds' }) total: number | null;
}

/** What `searchEvents` answers. Unlike the other pages both fields are non-null here. */
@ObjectType('Events', { description: 'A page of event search results' })
export class EventsObject {
  @Field(() => Int) total: number;
  @Field(() => [EventSearchResultInterface], { nullable: 'items' }) elements: (EventObject | EventResultObject | null)[];
}

// ---------------------------------------------------------------------------------------------
// Inputs.

@InputType('EventOfferInput', { description: 'A price offer' })
export class EventOfferInput {
  @Field(() => Float, opt) price?: number | null;
  @Field(() => String, opt) priceCurrency?: string | null;
  @Field(() => String, opt) url?: string | null;
}

@InputType('EventParticipationConditionInput', { description: 'A condition to accept when joining' })
export class EventParticipationConditionInput {
  @Field(() => String, opt) title?: string | null;
  @Field(() => String, opt) content?: string | null;
  @Field(() => String, opt) url?: string | null;
}

@InputType('EventOptionsInput', { description: 'The options of an event' })
export class EventOptionsInput {
  @Field(() => Int, opt) maximumAttendeeCapacity?: number | null;
  /** Accepted for the shape; it is computed, never stored. */
  @Field(() => Int, opt) remainingAttendeeCapacity?: number | null;
  @Field(() => Boolean, opt) showRemainingAttendeeCapacity?: boolean | null;
  @Field(() => Boolean, opt) anonymousParticipation?: boolean | null;
  @Field(() => [EventOfferInput], optList) offers?: (EventOfferInput | null)[] | null;
  @Field(() => [EventParticipationConditionInput], optList) participationConditions?: (EventParticipationConditionInput | null)[] | null;
  @Field(() => [String], optList) attendees?: (string | null)[] | null;
  @Field(() => String, opt) program?: string | null;
  @Field(() => EventCommentModerationEnum, opt) commentModeration?: EventCommentModerationValue | null;
  @Field(() => Boolean, opt) showParticipationPrice?: boolean | null;
  @Field(() => Boolean, opt) hideNumberOfParticipants?: boolean | null;
  @Field(() => Boolean, opt) showStartTime?: boolean | null;
  @Field(() => Boolean, opt) showEndTime?: boolean | null;
  @Field(() => TimezoneScalar, opt) timezone?: string | null;
  @Field(() => Boolean, opt) hideOrganizerWhenGroupEvent?: boolean | null;
  @Field(() => Boolean, opt) isOnline?: boolean | null;
}

@InputType('EventMetadataInput', { description: 'A key-value pair to attach to an event' })
export class EventMetadataInput {
  @Field(() => String) key: string;
  @Field(() => String, opt) title?: string | null;
  @Field(() => String) value: string;
  @Field(() => EventMetadataTypeEnum, opt) type?: EventMetadataTypeValue | null;
}

/** Mobilizon names this input `Contact`: a reference to an actor by id. */
@InputType('Contact', { description: 'A contact of an event, by actor id' })
export class ContactInput {
  @Field(() => String, opt) id?: string | null;
}

// ---------------------------------------------------------------------------------------------
// Arguments, in the schema's order (the order shows in introspection). Use with `@Args({ type: () => X }) args: X` (explicit: tsx emits no decorator metadata).

/** `events(...)`: the public list of events. */
@ArgsType()
export class EventsArgs {
  @Field(() => String, { ...opt, defaultValue: null }) @IsGeohash() location: string | null;
  @Field(() => Float, { ...opt, defaultValue: null }) radius: number | null;
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
  @Field(() => EventOrderByEnum, { ...opt, defaultValue: EventOrderByEnum.BEGINS_ON }) orderBy: EventOrderByEnum | null;
  @Field(() => SortDirection, { ...opt, defaultValue: SortDirection.ASC }) direction: SortDirection | null;
  @Field(() => Boolean, { ...opt, defaultValue: null }) longEvents: boolean | null;
}

/** `event(uuid: UUID!)`. */
@ArgsType()
export class EventArgs {
  @Field(() => UuidScalar) uuid: string;
}

/** `searchEvents(...)`. */
@ArgsType()
export class SearchEventsArgs {
  @Field(() => String, { ...opt, defaultValue: '' }) term: string | null;
  /** Comma-separated tag titles. */
  @Field(() => String, opt) tags?: string | null;
  /** A geohash. */
  @Field(() => String, opt) @IsGeohash() location?: string | null;
  @Field(() => EventTypeEnum, opt) type?: EventTypeEnum | null;
  @Field(() => String, opt) category?: string | null;
  @Field(() => [String], optList) categoryOneOf?: (string | null)[] | null;
  @Field(() => [EventStatusEnum], optList) statusOneOf?: (EventStatusValue | null)[] | null;
  @Field(() => [String], optList) languageOneOf?: (string | null)[] | null;
  @Field(() => [String], optList) boostLanguages?: (string | null)[] | null;
  @Field(() => SearchTargetEnum, { ...opt, defaultValue: SearchTargetEnum.INTERNAL }) searchTarget: SearchTargetEnum | null;
  /** Kilometres around `location`. */
  @Field(() => Float, { ...opt, defaultValue: 50 }) radius: number | null;
  @Field(() => Boolean, opt) longEvents?: boolean | null;
  /** "minLon,minLat:maxLon,maxLat" as the map view sends it. */
  @Field(() => String, opt) bbox?: string | null;
  @Field(() => Int, opt) zoom?: number | null;
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
  @Field(() => Date, opt) beginsOn?: Date | null;
  @Field(() => Date, opt) endsOn?: Date | null;
  @Field(() => SearchEventSortOptionsEnum, { ...opt, defaultValue: SearchEventSortOptionsEnum.MATCH_DESC })
  sortBy: SearchEventSortOptionsEnum | null;
}

/** `createEvent(...)`. */
@ArgsType()
export class CreateEventArgs {
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => Date) beginsOn: Date;
  @Field(() => Date, opt) endsOn?: Date | null;
  @Field(() => EventStatusEnum, opt) status?: EventStatusValue | null;
  @Field(() => EventVisibilityEnum, { ...opt, defaultValue: EventVisibilityEnum.PUBLIC }) visibility: EventVisibilityValue | null;
  @Field(() => EventJoinOptionsEnum, { ...opt, defaultValue: EventJoinOptionsEnum.FREE }) joinOptions: EventJoinOptionsValue | null;
  @Field(() => String, opt) externalParticipationUrl?: string | null;
  @Field(() => [String], { ...optList, defaultValue: [] }) tags: (string | null)[] | null;
  @Field(() => MediaInput, opt) picture?: MediaInput | null;
  @Field(() => Date, opt) publishAt?: Date | null;
  @Field(() => String, opt) onlineAddress?: string | null;
  @Field(() => String, opt) phoneAddress?: string | null;
  @Field(() => ID) organizerActorId: string;
  @Field(() => ID, opt) attributedToId?: string | null;
  @Field(() => EventCategoryEnum, { ...opt, defaultValue: EventCategoryEnum.MEETING }) category: EventCategoryValue | null;
  @Field(() => AddressInput, opt) physicalAddress?: AddressInput | null;
  @Field(() => EventOptionsInput, { ...opt, defaultValue: {} }) options: EventOptionsInput | null;
  @Field(() => [EventMetadataInput], optList) metadata?: (EventMetadataInput | null)[] | null;
  @Field(() => Boolean, { ...opt, defaultValue: false }) draft: boolean | null;
  @Field(() => [ContactInput], { ...optList, defaultValue: [] }) contacts: (ContactInput | null)[] | null;
  @Field(() => String, { ...opt, defaultValue: 'und' }) language: string | null;
}

/** `updateEvent(...)`: see the note at the top of the file about its defaults. */
@ArgsType()
export class UpdateEventArgs {
  @Field(() => ID) eventId: string;
  @Field(() => String, opt) title?: string | null;
  @Field(() => String, opt) description?: string | null;
  @Field(() => Date, opt) beginsOn?: Date | null;
  @Field(() => Date, opt) endsOn?: Date | null;
  @Field(() => EventStatusEnum, opt) status?: EventStatusValue | null;
  @Field(() => EventVisibilityEnum, { ...opt, defaultValue: EventVisibilityEnum.PUBLIC }) visibility: EventVisibilityValue | null;
  @Field(() => EventJoinOptionsEnum, { ...opt, defaultValue: EventJoinOptionsEnum.FREE }) joinOptions: EventJoinOptionsValue | null;
  @Field(() => String, opt) externalParticipationUrl?: string | null;
  @Field(() => [String], optList) tags?: (string | null)[] | null;
  @Field(() => MediaInput, opt) picture?: MediaInput | null;
  @Field(() => String, opt) onlineAddress?: string | null;
  @Field(() => String, opt) phoneAddress?: string | null;
  @Field(() => ID, opt) organizerActorId?: string | null;
  @Field(() => ID, opt) attributedToId?: string | null;
  @Field(() => EventCategoryEnum, opt) category?: EventCategoryValue | null;
  @Field(() => AddressInput, opt) physicalAddress?: AddressInput | null;
  @Field(() => EventOptionsInput, opt) options?: EventOptionsInput | null;
  @Field(() => [EventMetadataInput], optList) metadata?: (EventMetadataInput | null)[] | null;
  @Field(() => Boolean, opt) draft?: boolean | null;
  @Field(() => [ContactInput], { ...optList, defaultValue: [] }) contacts: (ContactInput | null)[] | null;
  @Field(() => String, { ...opt, defaultValue: 'und' }) language: string | null;
}

/** `deleteEvent(eventId: ID!)`. */
@ArgsType()
export class DeleteEventArgs {
  @Field(() => ID) eventId: string;
}

/** `tags(filter: String, page: Int = 1, limit: Int = 10): [Tag]!`. */
@ArgsType()
export class TagsArgs {
  @Field(() => String, opt) filter?: string | null;
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
}

/** `Person.organizedEvents(page, limit)`, `User.drafts(page, limit)`: page 1, 10 per page by default. */
@ArgsType()
export class EventPageArgs {
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
}
