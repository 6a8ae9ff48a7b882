import { Inject } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import {
  ListEventParticipants,
  ListPersonParticipations,
  ListUserParticipations,
  hasSeatLimit,
  parseRoles,
  seatsLeft,
} from '../../../domain/participations/index.js';
import { UserObject } from '../accounts/user.graphql.js';
import { EventObject, EventOptionsObject, ParticipantStatsObject } from '../events/event.graphql.js';
import {
  EventParticipantsArgs,
  PaginatedParticipantListObject,
  PersonParticipationsArgs,
  UserParticipationsArgs,
} from './participant.graphql.js';
import { PersonObject } from '../identities/person.graphql.js';
import { ApiError } from '../shared/api-error.js';
import { isModerator, requireViewer, type GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { toParticipantPage } from './participant.mapping.js';
import { participationError } from './participation.graphql-errors.js';

const unwrap = unwrapWith(participationError);

@Resolver(() => EventObject)
export class EventParticipantsResolver {
  constructor(@Inject(ListEventParticipants) private readonly listEventParticipants: ListEventParticipants) {}

  /** Organizers only (Mobilizon's rule); anyone else gets an error rather than an empty list. */
  @ResolveField('participants', () => PaginatedParticipantListObject, { nullable: true, description: "The event's participants" })
  async participants(
    @Context() ctx: GqlContext,
    @Parent() event: EventObject,
    @Args({ type: () => EventParticipantsArgs }) args: EventParticipantsArgs,
  ): Promise<PaginatedParticipantListObject> {
    const page = unwrap(
      await this.listEventParticipants.execute({
        userId: ctx.viewer?.userId ?? null,
        eventId: event.id!,
        roles: parseRoles(args.roles),
        page: args.page,
        limit: args.limit,
      }),
    );
    return toParticipantPage(page);
  }

  @ResolveField('participantStats', () => ParticipantStatsObject, { nullable: true })
  async participantStats(@Context() ctx: GqlContext, @Parent() event: EventObject): Promise<ParticipantStatsObject | null> {
    if (!event.id) return null;
    return ctx.loaders.participantStats.load(event.id);
  }
}

@Resolver(() => EventOptionsObject)
export class EventOptionsCapacityResolver {
  /** Seats left (`participant` counts the seat-taking role); null when the event has no limit. */
  @ResolveField('remainingAttendeeCapacity', () => Int, { nullable: true, description: 'Seats left' })
  async remainingAttendeeCapacity(@Context() ctx: GqlContext, @Parent() options: EventOptionsObject): Promise<number | null> {
    const capacity = options.maximumAttendeeCapacity ?? 0;
    if (!hasSeatLimit(capacity) || !options.eventId) return null;
    const stats = await ctx.loaders.participantStats.load(options.eventId);
    return seatsLeft(capacity, stats?.participant ?? 0);
  }
}

@Resolver(() => PersonObject)
export class PersonParticipationsResolver {
  constructor(@Inject(ListPersonParticipations) private readonly listPersonParticipations: ListPersonParticipations) {}

  @ResolveField('participations', () => PaginatedParticipantListObject, {
    nullable: true,
    description: 'The list of events this person goes to',
  })
  async participations(
    @Context() ctx: GqlContext,
    @Parent() person: PersonObject,
    @Args({ type: () => PersonParticipationsArgs }) args: PersonParticipationsArgs,
  ): Promise<PaginatedParticipantListObject> {
    const page = unwrap(
      await this.listPersonParticipations.execute({
        userId: ctx.viewer?.userId ?? null,
        personId: person.id!,
        eventId: args.eventId,
        page: args.page,
        limit: args.limit,
      }),
    );
    return toParticipantPage(page);
  }
}

@Resolver(() => UserObject)
export class UserParticipationsResolver {
  constructor(@Inject(ListUserParticipations) private readonly listUserParticipations: ListUserParticipations) {}

  @ResolveField('participations', () => PaginatedParticipantListObject, {
    nullable: true,
    description: 'The list of participations this user has',
  })
  async participations(
    @Context() ctx: GqlContext,
    @Parent() user: UserObject,
    @Args({ type: () => UserParticipationsArgs }) args: UserParticipationsArgs,
  ): Promise<PaginatedParticipantListObject> {
    const viewer = requireViewer(ctx);
    // The account itself, or a moderator looking at it.
    if (!user.id || (user.id !== viewer.userId && !isModerator(viewer))) throw ApiError.unauthorized();
    const page = await this.listUserParticipations.execute({
      userId: user.id,
      after: args.afterDatetime,
      before: args.beforeDatetime,
      page: args.page,
      limit: args.limit,
    });
    return toParticipantPage(page);
  }
}
