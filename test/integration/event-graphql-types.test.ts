// The GraphQL types of events and participations must have Mobilizon's exact shape: a minimal app
// exposes them through a test-only resolver, and its introspected schema is compared with the
// reference schema and validated against the web client's operations.
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Args, GraphQLModule, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  parse,
  validate,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { MediaObject } from '../../src/adapters/graphql/shared/common-types.js';
import { AddressObject } from '../../src/adapters/graphql/shared/address.graphql.js';
import { ActorTypeEnum, PersonObject } from '../../src/adapters/graphql/identities/person.graphql.js';
import { DeletedObjectObject, FeedTokenObject, UserObject } from '../../src/adapters/graphql/accounts/user.graphql.js';
import {
  CreateEventArgs,
  DeleteEventArgs,
  EventArgs,
  EventObject,
  EventOptionsObject,
  EventPageArgs,
  EventResultObject,
  EventsArgs,
  EventsObject,
  PaginatedEventListObject,
  SearchEventsArgs,
  TagObject,
  TagsArgs,
  UpdateEventArgs,
} from '../../src/adapters/graphql/events/event.graphql.js';
import {
  ConfirmParticipationArgs,
  DeletedParticipantObject,
  EventParticipantsArgs,
  ExportEventParticipantsArgs,
  JoinEventArgs,
  LeaveEventArgs,
  PaginatedParticipantListObject,
  ParticipantExportObject,
  ParticipantObject,
  PersonParticipationsArgs,
  UpdateParticipationArgs,
  UserParticipationsArgs,
} from '../../src/adapters/graphql/participations/participant.graphql.js';
import { CreateFeedTokenArgs, DeletedFeedTokenObject, DeleteFeedTokenArgs } from '../../src/adapters/graphql/feeds/feed-token.graphql.js';
import { compareField, compareRootFields, compareTypes } from '../support/schema-compare.js';
import { CLIENT_OPS_DIR, loadClientOperations } from '../support/client-ops.js';

const SCHEMA_FILE = path.resolve(process.cwd(), '../shared/mobilizon/schema.graphql');
const haveShared = existsSync(SCHEMA_FILE) && existsSync(CLIENT_OPS_DIR);
if (!haveShared)
  console.warn(`[event-graphql-types] skipped: ${SCHEMA_FILE} or ${CLIENT_OPS_DIR} not found (the shared Mobilizon reference is absent)`);

const EVENT_UUID = '4a7e4b0e-2c1f-4d51-9a0b-6f5d3c2e1a90';

function person(): PersonObject {
  return Object.assign(new PersonObject(), {
    id: '7',
    url: 'https://convene.test/@ada',
    type: ActorTypeEnum.PERSON,
    name: 'Ada',
    domain: null,
    local: true,
    summary: null,
    preferredUsername: 'ada',
    manuallyApprovesFollowers: false,
    suspended: false,
    avatar: null,
    banner: null,
    followersCount: 0,
    followingCount: 0,
    mediaSize: 0,
  });
}

function options(): EventOptionsObject {
  return Object.assign(new EventOptionsObject(), {
    maximumAttendeeCapacity: 20,
    remainingAttendeeCapacity: 19,
    showRemainingAttendeeCapacity: true,
    anonymousParticipation: false,
    offers: [{ price: 5.5, priceCurrency: 'EUR', url: null }],
    participationConditions: [],
    attendees: ['Grace'],
    program: null,
    commentModeration: 'MODERATED',
    showParticipationPrice: true,
    hideNumberOfParticipants: false,
    showStartTime: true,
    showEndTime: false,
    timezone: 'Europe/Paris',
    hideOrganizerWhenGroupEvent: false,
    isOnline: false,
  });
}

function event(): EventObject {
  const address = Object.assign(new AddressObject(), {
    id: '3',
    geom: '4.8357;45.764',
    street: '1 place Bellecour',
    locality: 'Lyon',
    postalCode: '69002',
    region: null,
    country: 'France',
    description: 'Bellecour',
    type: null,
    url: null,
    originId: null,
    timezone: 'Europe/Paris',
    pictureInfo: null,
  });
  const picture = Object.assign(new MediaObject(), {
    id: '9',
    alt: null,
    name: 'poster.png',
    url: 'https://convene.test/media/poster.png',
    contentType: 'image/png',
    size: 1234,
    metadata: { width: 800, height: 600, blurhash: null },
  });
  return Object.assign(new EventObject(), {
    id: '42',
    uuid: EVENT_UUID,
    url: `https://convene.test/events/${EVENT_UUID}`,
    local: true,
    title: 'Picnic',
    slug: 'picnic',
    description: '<p>Bring food</p>',
    beginsOn: new Date('2030-06-01T10:00:00Z'),
    endsOn: new Date('2030-06-01T16:00:00Z'),
    longEvent: false,
    status: 'CONFIRMED',
    visibility: 'PUBLIC',
    joinOptions: 'RESTRICTED',
    externalParticipationUrl: null,
    picture,
    media: [picture],
    publishAt: new Date('2030-05-01T08:00:00Z'),
    physicalAddress: address,
    onlineAddress: null,
    phoneAddress: null,
    attributedTo: null,
    organizerActor: person(),
    contacts: [person()],
    tags: [{ id: '1', slug: 'outdoor', title: 'Outdoor', related: [] }],
    category: 'FOOD_DRINK',
    draft: false,
    participantStats: {
      going: 1,
      notApproved: 2,
      notConfirmed: 0,
      rejected: 0,
      participant: 0,
      moderator: 0,
      administrator: 0,
      creator: 1,
    },
    relatedEvents: [],
    updatedAt: new Date('2030-05-02T08:00:00Z'),
    insertedAt: new Date('2030-05-01T08:00:00Z'),
    options: options(),
    metadata: [{ key: 'mz:live', title: null, value: 'https://live.example', type: 'STRING' }],
    language: 'en',
    organizerActorId: '7',
    attributedToId: null,
    pictureId: '9',
    contactIds: ['7'],
    mediaIds: ['9'],
    tagIds: ['1'],
  });
}

function participant(): ParticipantObject {
  return Object.assign(new ParticipantObject(), {
    id: '100',
    event: event(),
    actor: person(),
    role: 'NOT_APPROVED',
    metadata: { cancellationToken: null, message: 'Hi!', locale: 'fr' },
    insertedAt: new Date('2030-05-03T08:00:00Z'),
    eventId: '42',
    actorId: '7',
  });
}

// Test-only resolvers: make every type reachable and declare the root fields with the args classes.
@Resolver(() => EventObject)
class EventTypesTestResolver {
  lastCreate: CreateEventArgs | null = null;
  lastUpdate: UpdateEventArgs | null = null;

  @Query(() => EventObject, { nullable: true })
  event(@Args({ type: () => EventArgs }) args: EventArgs): EventObject | null {
    return args.uuid === EVENT_UUID ? event() : null;
  }

  @Query(() => PaginatedEventListObject, { nullable: true })
  events(@Args({ type: () => EventsArgs }) args: EventsArgs): PaginatedEventListObject {
    return { total: 1, elements: args.page === 1 ? [event()] : [] };
  }

  @Query(() => EventsObject, { nullable: true })
  searchEvents(@Args({ type: () => SearchEventsArgs }) _args: SearchEventsArgs): EventsObject {
    const remote = Object.assign(new EventResultObject(), { ...event(), id: '43', title: 'Remote picnic' });
    return { total: 2, elements: [event(), remote] };
  }

  @Query(() => [TagObject], { nullable: 'items' })
  tags(@Args({ type: () => TagsArgs }) _args: TagsArgs): TagObject[] {
    return [{ id: '1', slug: 'outdoor', title: 'Outdoor', related: [{ id: '2', slug: 'picnic', title: 'Picnic', related: null }] }];
  }

  @Mutation(() => EventObject, { nullable: true })
  createEvent(@Args({ type: () => CreateEventArgs }) args: CreateEventArgs): EventObject {
    this.lastCreate = args;
    return event();
  }

  @Mutation(() => EventObject, { nullable: true })
  updateEvent(@Args({ type: () => UpdateEventArgs }) args: UpdateEventArgs): EventObject {
    this.lastUpdate = args;
    return event();
  }

  @Mutation(() => DeletedObjectObject, { nullable: true })
  deleteEvent(@Args({ type: () => DeleteEventArgs }) args: DeleteEventArgs): DeletedObjectObject {
    return { id: args.eventId };
  }

  @Mutation(() => ParticipantObject, { nullable: true })
  joinEvent(@Args({ type: () => JoinEventArgs }) _args: JoinEventArgs): ParticipantObject {
    return participant();
  }

  @Mutation(() => DeletedParticipantObject, { nullable: true })
  leaveEvent(@Args({ type: () => LeaveEventArgs }) args: LeaveEventArgs): DeletedParticipantObject {
    return { id: '100', event: event(), actor: person(), eventId: args.eventId, actorId: args.actorId };
  }

  @Mutation(() => ParticipantObject, { nullable: true })
  updateParticipation(@Args({ type: () => UpdateParticipationArgs }) args: UpdateParticipationArgs): ParticipantObject {
    return Object.assign(participant(), { role: args.role });
  }

  @Mutation(() => ParticipantObject, { nullable: true })
  confirmParticipation(@Args({ type: () => ConfirmParticipationArgs }) _args: ConfirmParticipationArgs): ParticipantObject {
    return participant();
  }

  @Mutation(() => ParticipantExportObject, { nullable: true })
  exportEventParticipants(@Args({ type: () => ExportEventParticipantsArgs }) args: ExportEventParticipantsArgs): ParticipantExportObject {
    return { path: 'export.csv', format: args.format ?? null };
  }

  @Mutation(() => FeedTokenObject, { nullable: true })
  createFeedToken(@Args({ type: () => CreateFeedTokenArgs }) _args: CreateFeedTokenArgs): FeedTokenObject {
    return { token: 'tok', actor: person(), user: null };
  }

  @Mutation(() => DeletedFeedTokenObject, { nullable: true })
  deleteFeedToken(@Args({ type: () => DeleteFeedTokenArgs }) _args: DeleteFeedTokenArgs): DeletedFeedTokenObject {
    return { user: { id: '1' }, actor: { id: '7' } };
  }

  // How the lead declares a field with arguments.
  @ResolveField('participants', () => PaginatedParticipantListObject, { nullable: true })
  participants(
    @Parent() parent: EventObject,
    @Args({ type: () => EventParticipantsArgs }) args: EventParticipantsArgs,
  ): PaginatedParticipantListObject {
    const wanted = (args.roles ?? '').split(',').filter(Boolean);
    const all = [participant()].filter((p) => wanted.length === 0 || wanted.includes(p.role!));
    return { total: all.length, elements: all.map((p) => Object.assign(p, { eventId: parent.id })) };
  }
}

@Resolver(() => PersonObject)
class PersonEventFieldsTestResolver {
  @ResolveField('participations', () => PaginatedParticipantListObject, { nullable: true })
  participations(@Args({ type: () => PersonParticipationsArgs }) _args: PersonParticipationsArgs): PaginatedParticipantListObject {
    return { total: 0, elements: [] };
  }

  @ResolveField('organizedEvents', () => PaginatedEventListObject, { nullable: true })
  organizedEvents(@Args({ type: () => EventPageArgs }) _args: EventPageArgs): PaginatedEventListObject {
    return { total: 0, elements: [] };
  }
}

@Resolver(() => UserObject)
class UserEventFieldsTestResolver {
  @ResolveField('participations', () => PaginatedParticipantListObject, { nullable: true })
  participations(@Args({ type: () => UserParticipationsArgs }) _args: UserParticipationsArgs): PaginatedParticipantListObject {
    return { total: 0, elements: [] };
  }

  @ResolveField('drafts', () => PaginatedEventListObject, { nullable: true })
  drafts(@Args({ type: () => EventPageArgs }) _args: EventPageArgs): PaginatedEventListObject {
    return { total: 0, elements: [] };
  }

  @Query(() => UserObject, { nullable: true })
  loggedUser(): UserObject | null {
    return null;
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, path: '/api' })],
  providers: [EventTypesTestResolver, PersonEventFieldsTestResolver, UserEventFieldsTestResolver],
})
class EventTypesTestModule {}

/** The types this area owns; each is compared field by field with the reference. */
const OWNED_TYPES = [
  'Event',
  'EventResult',
  'EventSearchResult',
  'EventOptions',
  'EventOffer',
  'EventParticipationCondition',
  'EventMetadata',
  'Tag',
  'ParticipantStats',
  'PaginatedEventList',
  'Events',
  'Participant',
  'ParticipantMetadata',
  'PaginatedParticipantList',
  'DeletedParticipant',
  'DeletedFeedToken',
  'ParticipantExport',
  'ActionLogObject',
  'Interactable',
  'ActivityObject',
  'EventOptionsInput',
  'EventOfferInput',
  'EventParticipationConditionInput',
  'EventMetadataInput',
  'Contact',
  'EventStatus',
  'EventVisibility',
  'EventJoinOptions',
  'EventCategory',
  'EventCommentModeration',
  'EventMetadataType',
  'EventOrderBy',
  'EventType',
  'SearchTarget',
  'SearchEventSortOptions',
  'ParticipantRoleEnum',
  'ExportFormatEnum',
  'SortDirection',
  'UUID',
  'DateTime',
  'Timezone',
];

// Operations of the web client that only need this area's types (and Person, Address, Media).
const CLIENT_OPERATIONS: Record<string, string[]> = {
  'event.graphql': [
    'FETCH_EVENT',
    'FETCH_EVENT_BASIC',
    'FETCH_EVENTS',
    'CREATE_EVENT',
    'EDIT_EVENT',
    'JOIN_EVENT',
    'LEAVE_EVENT',
    'CONFIRM_PARTICIPATION',
    'UPDATE_PARTICIPANT',
    'DELETE_EVENT',
    'PARTICIPANTS',
    'EXPORT_EVENT_PARTICIPATIONS',
  ],
  'tags.graphql': ['TAGS', 'FILTER_TAGS'],
  'feed_tokens.graphql': ['DELETE_FEED_TOKEN'],
};

(haveShared ? describe : describe.skip)('event and participation GraphQL types (Mobilizon shape)', () => {
  let app: INestApplication;
  let url: string;
  let schema: GraphQLSchema;
  const reference = haveShared ? buildSchema(readFileSync(SCHEMA_FILE, 'utf8')) : (null as never);

  // Apollo answers 400 for variables that fail coercion; the app's own setup decides that, not these types.
  async function post(query: string, variables: Record<string, unknown> = {}, expectedStatus = 200) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status).toBe(expectedStatus);
    return (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string }[] };
  }

  beforeAll(async () => {
    app = await NestFactory.create(EventTypesTestModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    const introspection = await post(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    schema = buildClientSchema(introspection.data as unknown as IntrospectionQuery);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('defines every type of the area with the reference fields, arguments, nullability and values', () => {
    // Event.comments is declared by the comments area, not loaded here (compared in
    // test/e2e/comments.test.ts); conversations belong to private messages, not built yet.
    const differences = compareTypes(schema, reference, OWNED_TYPES, { omitFields: { Event: ['comments', 'conversations'] } });
    expect(differences).toEqual([]);
  });

  it('notices a difference in fields, arguments, defaults and enum values (the comparison itself)', () => {
    const altered = buildSchema(
      readFileSync(SCHEMA_FILE, 'utf8')
        .replace('roles: String = ""): PaginatedParticipantList', 'roles: String = "x"): PaginatedParticipantList')
        .replace(/(enum EventStatus \{)/, '$1\n  POSTPONED')
        .replace(/(type EventOffer \{)/, '$1\n  taxIncluded: Boolean')
        .replace(/(input EventMetadataInput \{[^}]*?key: String)!/, '$1'),
    );
    const differences = compareTypes(schema, altered, ['Event', 'EventStatus', 'EventOffer', 'EventMetadataInput'], {
      omitFields: { Event: ['comments', 'conversations'] },
    });
    expect(differences).toEqual([
      'Event.participants arguments (page: Int = 1, limit: Int = 10, roles: String = "") instead of (page: Int = 1, limit: Int = 10, roles: String = "x")',
      expect.stringMatching(/^EventStatus values .* instead of .*POSTPONED/),
      'EventOffer.taxIncluded missing',
      'EventMetadataInput.key: String! instead of key: String',
    ]);
    // An omission that has become stale is a difference too: it would hide the field.
    expect(compareTypes(schema, reference, ['Event'], { omitFields: { Event: ['comments', 'conversations', 'participants'] } })).toEqual([
      'Event.participants exists but is omitted from the comparison',
    ]);
  });

  it('gives the argument classes the reference arguments, order and defaults', () => {
    const differences = [
      ...compareRootFields(schema, reference, 'query', ['event', 'events', 'searchEvents', 'tags']),
      ...compareRootFields(schema, reference, 'mutation', [
        'createEvent',
        'updateEvent',
        'deleteEvent',
        'joinEvent',
        'leaveEvent',
        'updateParticipation',
        'confirmParticipation',
        'exportEventParticipants',
        'createFeedToken',
        'deleteFeedToken',
      ]),
    ];
    for (const [type, field] of [
      ['Person', 'participations'],
      ['Person', 'organizedEvents'],
      ['User', 'participations'],
      ['User', 'drafts'],
    ]) {
      const mine = (schema.getType(type) as any).getFields()[field];
      const theirs = (reference.getType(type) as any).getFields()[field];
      differences.push(...(mine ? compareField(`${type}.${field}`, mine, theirs) : [`${type}.${field} missing`]));
    }
    expect(differences).toEqual([]);
  });

  it('validates the web client operations of events, participations, tags and feed tokens', () => {
    const failures: string[] = [];
    let count = 0;
    for (const [file, names] of Object.entries(CLIENT_OPERATIONS)) {
      const ops = loadClientOperations(file);
      for (const name of names) {
        const op = ops.get(name);
        if (!op) {
          failures.push(`${file} ${name}: not found`);
          continue;
        }
        count++;
        const errors = validate(schema, parse(op.document));
        if (errors.length > 0) failures.push(`${file} ${name}: ${errors.map((e) => e.message).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBe(15);
  });

  it('serializes an event as the client reads it: scalars, enums, nested options and actors', async () => {
    const fetchEvent = loadClientOperations('event.graphql').get('FETCH_EVENT')!;
    const { data, errors } = await post(fetchEvent.document, { uuid: EVENT_UUID.toUpperCase() });
    expect(errors).toBeUndefined();
    expect(data!.event).toMatchObject({
      id: '42',
      uuid: EVENT_UUID,
      title: 'Picnic',
      beginsOn: '2030-06-01T10:00:00.000Z',
      status: 'CONFIRMED',
      visibility: 'PUBLIC',
      joinOptions: 'RESTRICTED',
      category: 'FOOD_DRINK',
      language: 'en',
      picture: { id: '9', metadata: { width: 800, height: 600 } },
      physicalAddress: { geom: '4.8357;45.764', locality: 'Lyon' },
      organizerActor: { id: '7', preferredUsername: 'ada' },
      contacts: [{ id: '7', name: 'Ada' }],
      participantStats: { going: 1, notApproved: 2, participant: 0 },
      tags: [{ slug: 'outdoor', title: 'Outdoor' }],
      options: {
        maximumAttendeeCapacity: 20,
        commentModeration: 'MODERATED',
        timezone: 'Europe/Paris',
        offers: [{ price: 5.5, priceCurrency: 'EUR' }],
      },
      metadata: [{ key: 'mz:live', type: 'STRING' }],
    });
  });

  it('resolves the Actor fields to their concrete type', async () => {
    const { data, errors } = await post(
      `{ event(uuid: "${EVENT_UUID}") { organizerActor { __typename id } contacts { __typename } attributedTo { id } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.event).toEqual({
      organizerActor: { __typename: 'Person', id: '7' },
      contacts: [{ __typename: 'Person' }],
      attributedTo: null,
    });
  });

  it('rejects a malformed UUID before any resolver runs', async () => {
    const asVariable = await post('query ($uuid: UUID!) { event(uuid: $uuid) { id } }', { uuid: 'not-a-uuid' }, 400);
    expect(asVariable.data?.event ?? null).toBeNull();
    expect(asVariable.errors?.[0].message).toMatch(/UUID/);
    const inline = await post('{ event(uuid: "4a7e4b0e-2c1f-4d51-9a0b") { id } }', {}, 400);
    expect(inline.errors?.[0].message).toMatch(/UUID/);
  });

  it('tells Event from EventResult in search results by __typename', async () => {
    const { data, errors } = await post('{ searchEvents { total elements { __typename id title ... on Event { slug } } } }');
    expect(errors).toBeUndefined();
    expect(data!.searchEvents).toEqual({
      total: 2,
      elements: [
        { __typename: 'Event', id: '42', title: 'Picnic', slug: 'picnic' },
        { __typename: 'EventResult', id: '43', title: 'Remote picnic' },
      ],
    });
  });

  it('resolves participants with the default arguments and a roles filter', async () => {
    const query = `query ($roles: String) { event(uuid: "${EVENT_UUID}") { all: participants { total elements { role actor { id } metadata { message } } }
      some: participants(roles: $roles, page: 1, limit: 5) { total } } }`;
    const filtered = await post(query, { roles: 'PARTICIPANT,CREATOR' });
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.event.all).toEqual({
      total: 1,
      elements: [{ role: 'NOT_APPROVED', actor: { id: '7' }, metadata: { message: 'Hi!' } }],
    });
    expect(filtered.data!.event.some).toEqual({ total: 0 });
  });

  it('applies the schema defaults of createEvent to the arguments class', async () => {
    const app_ = app.get(EventTypesTestResolver);
    const createEvent = loadClientOperations('event.graphql').get('CREATE_EVENT')!;
    const { errors } = await post(createEvent.document, {
      organizerActorId: '7',
      title: 'Picnic',
      description: 'Bring food',
      beginsOn: '2030-06-01T10:00:00Z',
      options: { maximumAttendeeCapacity: 20, offers: [{ price: 5, priceCurrency: 'EUR' }] },
      metadata: [{ key: 'mz:live', value: 'https://live.example', type: 'STRING' }],
      physicalAddress: { geom: '4.8357;45.764', locality: 'Lyon' },
    });
    expect(errors).toBeUndefined();
    const args = app_.lastCreate!;
    expect(args.beginsOn).toBeInstanceOf(Date);
    expect(args.beginsOn.toISOString()).toBe('2030-06-01T10:00:00.000Z');
    expect(args.organizerActorId).toBe('7');
    expect(args.options).toMatchObject({ maximumAttendeeCapacity: 20, offers: [{ price: 5, priceCurrency: 'EUR' }] });
    expect(args.metadata).toEqual([expect.objectContaining({ key: 'mz:live', value: 'https://live.example', type: 'STRING' })]);
    expect(args.physicalAddress).toMatchObject({ geom: '4.8357;45.764', locality: 'Lyon' });

    // Arguments the client leaves out arrive with Mobilizon's defaults.
    const minimal = await post(
      'mutation { createEvent(title: "T", description: "D", beginsOn: "2030-01-01T00:00:00Z", organizerActorId: "7") { id } }',
    );
    expect(minimal.errors).toBeUndefined();
    expect(app_.lastCreate).toMatchObject({
      visibility: 'PUBLIC',
      joinOptions: 'FREE',
      category: 'MEETING',
      draft: false,
      language: 'und',
      tags: [],
      contacts: [],
      options: {},
    });
  });

  it('answers the participation mutations the client sends', async () => {
    const ops = loadClientOperations('event.graphql');
    const join = await post(ops.get('JOIN_EVENT')!.document, { eventId: '42', actorId: '7', message: 'Hi!', timezone: 'Europe/Paris' });
    expect(join.errors).toBeUndefined();
    expect(join.data!.joinEvent).toMatchObject({ id: '100', role: 'NOT_APPROVED', actor: { id: '7' }, event: { id: '42' } });

    const leave = await post(ops.get('LEAVE_EVENT')!.document, { eventId: '42', actorId: '7' });
    expect(leave.errors).toBeUndefined();
    expect(leave.data!.leaveEvent).toEqual({ id: '100', actor: { id: '7' }, event: { id: '42', uuid: EVENT_UUID } });

    const update = await post(ops.get('UPDATE_PARTICIPANT')!.document, { id: '100', role: 'PARTICIPANT' });
    expect(update.errors).toBeUndefined();
    expect(update.data!.updateParticipation).toMatchObject({ role: 'PARTICIPANT' });

    const badRole = await post(ops.get('UPDATE_PARTICIPANT')!.document, { id: '100', role: 'OWNER' }, 400);
    expect(badRole.errors?.[0].message).toMatch(/ParticipantRoleEnum/);
  });
});
