import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  CreateEvent,
  DeleteEvent,
  EventRepository,
  FindEvents,
  FindOwnEvents,
  UpdateEvent,
  ViewEvent,
  decodeGeohash,
  type EventChanges,
  type EventQuery,
} from '../../../domain/events/index.js';
import { type Person } from '../../../domain/identities/index.js';
import { MediaStorage, UploadMedia } from '../../../domain/media/index.js';
import { pageRequest } from '../../../domain/shared/index.js';
import { DeletedObjectObject, UserObject } from '../accounts/user.graphql.js';
import { PersonObject } from '../identities/person.graphql.js';
import { mediaIdFromInput, toMediaObject } from '../media/media.resolver.js';
import { ApiError } from '../shared/api-error.js';
import { MediaObject } from '../shared/common-types.js';
import { requireViewer, type GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { eventError } from './event.graphql-errors.js';
import {
  CreateEventArgs,
  DeleteEventArgs,
  EventArgs,
  EventObject,
  EventPageArgs,
  EventsArgs,
  EventsObject,
  PaginatedEventListObject,
  SearchEventsArgs,
  TagObject,
  TagsArgs,
  UpdateEventArgs,
} from './event.graphql.js';
import { fromAddressInput, fromOptionsInput, toEventObject } from './event.mapping.js';

const unwrap = unwrapWith(eventError);

/** Arguments the client really sent: updateEvent's schema gives some of them defaults, which must
 * not overwrite what the event has. */
function sentArguments(info: GraphQLResolveInfo): Set<string> {
  const sent = new Set<string>();
  for (const arg of info.fieldNodes[0].arguments ?? []) {
    if (arg.value.kind === 'Variable' && !(arg.value.name.value in info.variableValues)) continue;
    sent.add(arg.name.value);
  }
  return sent;
}

function tagsFrom(raw: (string | null)[] | null | undefined): string[] | undefined {
  return raw ? raw.filter((t): t is string => typeof t === 'string') : undefined;
}

function contactsFrom(raw: ({ id?: string | null } | null)[] | null | undefined): string[] | undefined {
  return raw ? raw.map((c) => c?.id).filter((id): id is string => typeof id === 'string') : undefined;
}

function metadataFrom(raw: UpdateEventArgs['metadata']): EventChanges['metadata'] {
  return raw
    ? raw.filter((m) => m !== null).map((m) => ({ key: m!.key, value: m!.value, title: m!.title ?? null, type: m!.type ?? 'STRING' }))
    : undefined;
}

@Resolver(() => EventObject)
export class EventResolver {
  constructor(
    @Inject(CreateEvent) private readonly createEventUseCase: CreateEvent,
    @Inject(UpdateEvent) private readonly updateEventUseCase: UpdateEvent,
    @Inject(DeleteEvent) private readonly deleteEventUseCase: DeleteEvent,
    @Inject(ViewEvent) private readonly viewEvent: ViewEvent,
    @Inject(FindEvents) private readonly findEvents: FindEvents,
    @Inject(FindOwnEvents) private readonly findOwnEvents: FindOwnEvents,
    @Inject(UploadMedia) private readonly uploadMedia: UploadMedia,
    @Inject(EventRepository) private readonly events: EventRepository,
    @Inject(MediaStorage) private readonly storage: MediaStorage,
  ) {}

  @Query(() => EventObject, { name: 'event', nullable: true })
  async event(@Context() ctx: GqlContext, @Args({ type: () => EventArgs }) args: EventArgs): Promise<EventObject> {
    const { event } = unwrap(await this.viewEvent.execute({ userId: ctx.viewer?.userId ?? null, uuid: args.uuid }));
    return toEventObject(event);
  }

  @Query(() => PaginatedEventListObject, { name: 'events', nullable: true })
  async listEvents(@Args({ type: () => EventsArgs }) args: EventsArgs): Promise<PaginatedEventListObject> {
    const point = args.location ? decodeGeohash(args.location) : null;
    const page = await this.findEvents.execute(
      {
        near: point ? { point, radiusKm: Math.min(Math.max(args.radius ?? 50, 0), 20_000) } : null,
        orderBy: args.orderBy === 'BEGINS_ON' ? 'BEGINS_ON' : (args.orderBy ?? 'BEGINS_ON'),
        direction: args.direction ?? 'ASC',
      },
      args.page,
      args.limit,
    );
    return { total: page.total, elements: page.elements.map(toEventObject) };
  }

  @Query(() => EventsObject, { name: 'searchEvents', nullable: true })
  async searchEvents(@Args({ type: () => SearchEventsArgs }) args: SearchEventsArgs): Promise<EventsObject> {
    const point = args.location ? decodeGeohash(args.location) : null;
    const categories = [args.category, ...(args.categoryOneOf ?? [])].filter((c): c is string => !!c);
    const query: EventQuery = {
      term: args.term,
      tags: args.tags
        ? args.tags
            .split(',')
            .map((t) => t.trim())
            .filter(Boolean)
        : undefined,
      category: (categories[0] as EventQuery['category']) ?? null,
      near: point ? { point, radiusKm: Math.min(Math.max(args.radius ?? 50, 0), 20_000) } : null,
      beginsAfter: args.beginsOn ?? null,
      beginsBefore: args.endsOn ?? null,
      isOnline: args.type === 'ONLINE' ? true : args.type === 'IN_PERSON' ? false : null,
      statuses: (args.statusOneOf ?? []).filter((s): s is NonNullable<typeof s> => !!s),
      languages: (args.languageOneOf ?? []).filter((l): l is string => !!l),
      orderBy:
        args.sortBy === 'START_TIME_DESC' || args.sortBy === 'START_TIME_ASC'
          ? 'BEGINS_ON'
          : args.sortBy === 'CREATED_AT_DESC' || args.sortBy === 'CREATED_AT_ASC'
            ? 'INSERTED_AT'
            : 'RELEVANCE',
      direction: args.sortBy?.endsWith('_DESC') && args.sortBy !== 'MATCH_DESC' ? 'DESC' : 'ASC',
    };
    const page = await this.findEvents.execute(query, args.page, args.limit);
    return { total: page.total, elements: page.elements.map(toEventObject) };
  }

  @Query(() => [TagObject], { name: 'tags' })
  async tags(@Args({ type: () => TagsArgs }) args: TagsArgs): Promise<TagObject[]> {
    const tags = await this.events.tags(args.filter ?? null, pageRequest(args.page, args.limit));
    return tags.map((t) => ({ ...t, related: [] }));
  }

  @Mutation(() => EventObject, { name: 'createEvent', nullable: true })
  async createEvent(@Context() ctx: GqlContext, @Args({ type: () => CreateEventArgs }) args: CreateEventArgs): Promise<EventObject> {
    const viewer = requireViewer(ctx);
    const pictureId = await mediaIdFromInput(args.picture ?? undefined, 'picture', viewer.userId, this.uploadMedia);
    const event = unwrap(
      await this.createEventUseCase.execute({
        userId: viewer.userId,
        organizerActorId: args.organizerActorId,
        title: args.title,
        beginsOn: args.beginsOn,
        changes: {
          description: args.description,
          endsOn: args.endsOn ?? null,
          status: args.status ?? undefined,
          visibility: args.visibility ?? undefined,
          joinOptions: args.joinOptions ?? undefined,
          externalParticipationUrl: args.externalParticipationUrl ?? null,
          category: args.category ?? undefined,
          tags: tagsFrom(args.tags),
          pictureId: pictureId ?? null,
          physicalAddress: fromAddressInput(args.physicalAddress) ?? null,
          onlineAddress: args.onlineAddress || null,
          phoneAddress: args.phoneAddress || null,
          language: args.language ?? undefined,
          contactIds: contactsFrom(args.contacts),
          metadata: metadataFrom(args.metadata),
          options: fromOptionsInput(args.options),
          draft: args.draft ?? false,
        },
      }),
    );
    return toEventObject(event);
  }

  @Mutation(() => EventObject, { name: 'updateEvent', nullable: true })
  async updateEvent(
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
    @Args({ type: () => UpdateEventArgs }) args: UpdateEventArgs,
  ): Promise<EventObject> {
    const viewer = requireViewer(ctx);
    const sent = sentArguments(info);
    const when = <T>(name: string, value: T): T | undefined => (sent.has(name) ? value : undefined);
    const pictureId = sent.has('picture')
      ? await mediaIdFromInput(args.picture ?? null, 'picture', viewer.userId, this.uploadMedia)
      : undefined;
    const event = unwrap(
      await this.updateEventUseCase.execute({
        userId: viewer.userId,
        eventId: args.eventId,
        organizerActorId: args.organizerActorId ?? null,
        changes: {
          title: args.title ?? undefined,
          description: args.description ?? undefined,
          beginsOn: args.beginsOn ?? undefined,
          endsOn: when('endsOn', args.endsOn ?? null),
          status: args.status ?? undefined,
          visibility: when('visibility', args.visibility ?? undefined),
          joinOptions: when('joinOptions', args.joinOptions ?? undefined),
          externalParticipationUrl: when('externalParticipationUrl', args.externalParticipationUrl || null),
          category: args.category ?? undefined,
          tags: tagsFrom(args.tags),
          pictureId,
          physicalAddress: when('physicalAddress', fromAddressInput(args.physicalAddress ?? null)),
          onlineAddress: when('onlineAddress', args.onlineAddress || null),
          phoneAddress: when('phoneAddress', args.phoneAddress || null),
          language: when('language', args.language ?? undefined),
          contactIds: when('contacts', contactsFrom(args.contacts)),
          metadata: metadataFrom(args.metadata),
          options: fromOptionsInput(args.options),
          draft: args.draft ?? undefined,
        },
      }),
    );
    return toEventObject(event);
  }

  @Mutation(() => DeletedObjectObject, { name: 'deleteEvent', nullable: true })
  async deleteEvent(
    @Context() ctx: GqlContext,
    @Args({ type: () => DeleteEventArgs }) args: DeleteEventArgs,
  ): Promise<DeletedObjectObject> {
    const viewer = requireViewer(ctx);
    return unwrap(await this.deleteEventUseCase.execute({ userId: viewer.userId, eventId: args.eventId }));
  }

  // Relations, loaded per page in one query each (see loaders.ts).

  @ResolveField('organizerActor', () => PersonObject, { nullable: true })
  async organizerActor(@Context() ctx: GqlContext, @Parent() event: EventObject): Promise<PersonObject | null> {
    if (!event.organizerActorId) return null;
    const person = await ctx.loaders.persons.load(event.organizerActorId);
    return person ? PersonObject.from(person) : null;
  }

  @ResolveField('contacts', () => [PersonObject], { nullable: 'itemsAndList' })
  async contacts(@Context() ctx: GqlContext, @Parent() event: EventObject): Promise<PersonObject[]> {
    const found = await ctx.loaders.persons.loadMany(event.contactIds ?? []);
    return found.filter((p): p is Person => !!p && !(p instanceof Error)).map(PersonObject.from);
  }

  @ResolveField('picture', () => MediaObject, { nullable: true })
  async picture(@Context() ctx: GqlContext, @Parent() event: EventObject): Promise<MediaObject | null> {
    if (!event.pictureId) return null;
    const media = await ctx.loaders.media.load(event.pictureId);
    return media ? toMediaObject(media, this.storage) : null;
  }

  @ResolveField('tags', () => [TagObject], { nullable: 'itemsAndList' })
  async tagsOf(@Context() ctx: GqlContext, @Parent() event: EventObject): Promise<TagObject[]> {
    if (!event.id) return [];
    const tags = await ctx.loaders.eventTags.load(event.id);
    return (tags ?? []).map((t) => ({ ...t, related: [] }));
  }
}

/** Event lists hanging off a person or an account. */
@Resolver(() => PersonObject)
export class PersonEventsResolver {
  constructor(@Inject(FindOwnEvents) private readonly findOwnEvents: FindOwnEvents) {}

  @ResolveField('organizedEvents', () => PaginatedEventListObject, { nullable: true })
  async organizedEvents(
    @Context() ctx: GqlContext,
    @Parent() person: PersonObject,
    @Args({ type: () => EventPageArgs }) args: EventPageArgs,
  ): Promise<PaginatedEventListObject> {
    const page = unwrap(await this.findOwnEvents.organizedBy(person.id!, ctx.viewer?.userId ?? null, args.page, args.limit));
    return { total: page.total, elements: page.elements.map(toEventObject) };
  }
}

@Resolver(() => UserObject)
export class UserDraftsResolver {
  constructor(@Inject(FindOwnEvents) private readonly findOwnEvents: FindOwnEvents) {}

  @ResolveField('drafts', () => PaginatedEventListObject, { nullable: true })
  async drafts(
    @Context() ctx: GqlContext,
    @Parent() user: UserObject,
    @Args({ type: () => EventPageArgs }) args: EventPageArgs,
  ): Promise<PaginatedEventListObject> {
    // Drafts are shown to their own account only.
    if (!user.id || ctx.viewer?.userId !== user.id) throw ApiError.unauthorized();
    const page = await this.findOwnEvents.drafts(user.id, args.page, args.limit);
    return { total: page.total, elements: page.elements.map(toEventObject) };
  }
}
