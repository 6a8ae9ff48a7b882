import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ConfirmParticipation, JoinEvent, LeaveEvent, UpdateParticipation } from '../../../domain/participations/index.js';
import { ActorInterface, PersonObject } from '../identities/person.graphql.js';
import { EventObject } from '../events/event.graphql.js';
import { toEventObject } from '../events/event.mapping.js';
import {
  ConfirmParticipationArgs,
  DeletedParticipantObject,
  JoinEventArgs,
  LeaveEventArgs,
  ParticipantObject,
  UpdateParticipationArgs,
} from './participant.graphql.js';
import type { GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { toParticipantObject } from './participant.mapping.js';
import { participationError } from './participation.graphql-errors.js';

const unwrap = unwrapWith(participationError);

/** joinEvent, leaveEvent, updateParticipation, confirmParticipation, and the Participant's relations. */
@Resolver(() => ParticipantObject)
export class ParticipationResolver {
  constructor(
    @Inject(JoinEvent) private readonly joinEventUseCase: JoinEvent,
    @Inject(LeaveEvent) private readonly leaveEventUseCase: LeaveEvent,
    @Inject(UpdateParticipation) private readonly updateParticipationUseCase: UpdateParticipation,
    @Inject(ConfirmParticipation) private readonly confirmParticipationUseCase: ConfirmParticipation,
  ) {}

  @Mutation(() => ParticipantObject, { name: 'joinEvent', nullable: true, description: 'Join an event' })
  async joinEvent(@Context() ctx: GqlContext, @Args({ type: () => JoinEventArgs }) args: JoinEventArgs): Promise<ParticipantObject> {
    const joined = unwrap(
      await this.joinEventUseCase.execute({
        userId: ctx.viewer?.userId ?? null,
        eventId: args.eventId,
        actorId: args.actorId,
        email: args.email,
        message: args.message,
        locale: args.locale,
      }),
    );
    return toParticipantObject(joined.participation, joined.cancellationToken);
  }

  @Mutation(() => DeletedParticipantObject, { name: 'leaveEvent', nullable: true, description: 'Leave an event' })
  async leaveEvent(
    @Context() ctx: GqlContext,
    @Args({ type: () => LeaveEventArgs }) args: LeaveEventArgs,
  ): Promise<DeletedParticipantObject> {
    const left = unwrap(
      await this.leaveEventUseCase.execute({
        userId: ctx.viewer?.userId ?? null,
        eventId: args.eventId,
        actorId: args.actorId,
        token: args.token,
      }),
    );
    return Object.assign(new DeletedParticipantObject(), {
      id: left.id,
      event: null,
      actor: null,
      eventId: left.eventId,
      actorId: left.actorId,
    });
  }

  @Mutation(() => ParticipantObject, { name: 'updateParticipation', nullable: true, description: 'Update a participation' })
  async updateParticipation(
    @Context() ctx: GqlContext,
    @Args({ type: () => UpdateParticipationArgs }) args: UpdateParticipationArgs,
  ): Promise<ParticipantObject> {
    return toParticipantObject(
      unwrap(
        await this.updateParticipationUseCase.execute({ userId: ctx.viewer?.userId ?? null, participationId: args.id, role: args.role }),
      ),
    );
  }

  @Mutation(() => ParticipantObject, { name: 'confirmParticipation', nullable: true, description: 'Confirm a participation' })
  async confirmParticipation(@Args({ type: () => ConfirmParticipationArgs }) args: ConfirmParticipationArgs): Promise<ParticipantObject> {
    return toParticipantObject(unwrap(await this.confirmParticipationUseCase.execute({ token: args.confirmationToken })));
  }

  @ResolveField('event', () => EventObject, { nullable: true })
  async event(@Context() ctx: GqlContext, @Parent() participant: ParticipantObject): Promise<EventObject | null> {
    if (participant.event) return participant.event;
    const event = participant.eventId ? await ctx.loaders.events.load(participant.eventId) : null;
    return event ? toEventObject(event) : null;
  }

  @ResolveField('actor', () => ActorInterface, { nullable: true })
  async actor(@Context() ctx: GqlContext, @Parent() participant: ParticipantObject): Promise<PersonObject | null> {
    const person = participant.actorId ? await ctx.loaders.persons.load(participant.actorId) : null;
    return person ? PersonObject.from(person) : null;
  }
}

/** What leaveEvent answers: the event (it still exists) and the actor that left. */
@Resolver(() => DeletedParticipantObject)
export class DeletedParticipantResolver {
  constructor() {}

  @ResolveField('event', () => EventObject, { nullable: true })
  async event(@Context() ctx: GqlContext, @Parent() deleted: DeletedParticipantObject): Promise<EventObject | null> {
    const event = deleted.eventId ? await ctx.loaders.events.load(deleted.eventId) : null;
    return event ? toEventObject(event) : null;
  }

  @ResolveField('actor', () => ActorInterface, { nullable: true })
  async actor(@Context() ctx: GqlContext, @Parent() deleted: DeletedParticipantObject): Promise<PersonObject | null> {
    const person = deleted.actorId ? await ctx.loaders.persons.load(deleted.actorId) : null;
    return person ? PersonObject.from(person) : null;
  }
}
