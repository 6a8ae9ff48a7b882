// GraphQL shapes of Mobilizon's participations, with the
// argument classes of the participation mutations. Types only: resolvers live beside.
//
// What the participant resolver must provide:
//   Participant.event        → load the event (eventId), or fill `event` in the mapping
//   Participant.actor        → load the actor (actorId); anonymous participants are the instance's
//                              anonymous actor
//   DeletedParticipant.event / .actor → objects carrying at least `id` (and `uuid` for the event:
//                              the client's LeaveEvent selects event { id uuid })
// Fields with arguments on other types, declared by their resolvers with @ResolveField + @Args:
//   Person.participations(eventId: ID, page: Int = 1, limit: Int = 10): PaginatedParticipantList  → PersonParticipationsArgs
//   User.participations(afterDatetime: DateTime, beforeDatetime: DateTime, page: Int = 1, limit: Int = 10): PaginatedParticipantList → UserParticipationsArgs
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TimezoneScalar } from '../shared/common-types.js';
import { ActorInterface } from '../identities/person.graphql.js';
import { EventObject } from '../events/event.graphql.js';

const opt = { nullable: true } as const;
const optList = { nullable: 'itemsAndList' } as const;

export enum ParticipantRoleEnum {
  NOT_APPROVED = 'NOT_APPROVED',
  NOT_CONFIRMED = 'NOT_CONFIRMED',
  PARTICIPANT = 'PARTICIPANT',
  MODERATOR = 'MODERATOR',
  ADMINISTRATOR = 'ADMINISTRATOR',
  CREATOR = 'CREATOR',
  REJECTED = 'REJECTED',
}
registerEnumType(ParticipantRoleEnum, {
  name: 'ParticipantRoleEnum',
  valuesMap: {
    NOT_APPROVED: { description: 'Waits for an organizer to approve' },
    NOT_CONFIRMED: { description: 'Waits for the participant to confirm (anonymous participation by email)' },
    PARTICIPANT: { description: 'Attends' },
    MODERATOR: { description: 'Moderates the event' },
    ADMINISTRATOR: { description: 'Administers the event' },
    CREATOR: { description: 'Created the event' },
    REJECTED: { description: 'Was turned down' },
  },
});
export type ParticipantRoleValue = `${ParticipantRoleEnum}`;

export enum ExportFormatEnum {
  CSV = 'CSV',
  PDF = 'PDF',
  ODS = 'ODS',
}
registerEnumType(ExportFormatEnum, { name: 'ExportFormatEnum', description: 'File formats of a participant export' });

@ObjectType('ParticipantMetadata', { description: 'Extra data of a participation' })
export class ParticipantMetadataObject {
  /** Lets an anonymous participant leave; show it only to that participant. */
  @Field(() => String, opt) cancellationToken: string | null;
  @Field(() => String, { ...opt, description: 'The message the participant left for the organizers' }) message: string | null;
  @Field(() => String, opt) locale: string | null;
}

@ObjectType('Participant', { description: "An actor's participation in an event" })
export class ParticipantObject {
  @Field(() => ID, opt) id: string | null;
  @Field(() => EventObject, opt) event: EventObject | null;
  @Field(() => ActorInterface, opt) actor: ActorInterface | null;
  @Field(() => ParticipantRoleEnum, opt) role: ParticipantRoleValue | null;
  @Field(() => ParticipantMetadataObject, opt) metadata: ParticipantMetadataObject | null;
  @Field(() => Date, opt) insertedAt: Date | null;

  /** Not in the schema: ids the field resolvers load. */
  eventId: string | null;
  actorId: string | null;
}

@ObjectType('PaginatedParticipantList', { description: 'A page of participations' })
export class PaginatedParticipantListObject {
  @Field(() => [ParticipantObject], optList) elements: ParticipantObject[] | null;
  @Field(() => Int, { ...opt, description: 'How many participations the whole list holds' }) total: number | null;
}

@ObjectType('DeletedParticipant', { description: 'What leaving an event answers' })
export class DeletedParticipantObject {
  @Field(() => ID, opt) id: string | null;
  @Field(() => EventObject, opt) event: EventObject | null;
  @Field(() => ActorInterface, opt) actor: ActorInterface | null;

  /** Not in the schema: ids the field resolvers load. */
  eventId: string | null;
  actorId: string | null;
}

@ObjectType('ParticipantExport', { description: 'A file listing the participants of an event' })
export class ParticipantExportObject {
  @Field(() => String, { ...opt, description: 'Where to download the file' }) path: string | null;
  @Field(() => ExportFormatEnum, opt) format: ExportFormatEnum | null;
}

// ---------------------------------------------------------------------------------------------
// Arguments, in the schema's order. Use with `@Args({ type: () => X }) args: X` (explicit: tsx emits no decorator metadata).

/** `Event.participants(page: Int = 1, limit: Int = 10, roles: String = "")`; roles is a comma-separated list. */
@ArgsType()
export class EventParticipantsArgs {
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
  @Field(() => String, { ...opt, defaultValue: '' }) roles: string | null;
}

/** `joinEvent(eventId: ID!, actorId: ID!, email, message, locale, timezone)`; email is for anonymous participation. */
@ArgsType()
export class JoinEventArgs {
  @Field(() => ID) eventId: string;
  @Field(() => ID) actorId: string;
  @Field(() => String, opt) email?: string | null;
  @Field(() => String, opt) message?: string | null;
  @Field(() => String, opt) locale?: string | null;
  @Field(() => TimezoneScalar, opt) timezone?: string | null;
}

/** `leaveEvent(eventId: ID!, actorId: ID!, token: String)`; token is the anonymous cancellation token. */
@ArgsType()
export class LeaveEventArgs {
  @Field(() => ID) eventId: string;
  @Field(() => ID) actorId: string;
  @Field(() => String, opt) token?: string | null;
}

/** `updateParticipation(id: ID!, role: ParticipantRoleEnum!)`. */
@ArgsType()
export class UpdateParticipationArgs {
  @Field(() => ID) id: string;
  @Field(() => ParticipantRoleEnum) role: ParticipantRoleValue;
}

/** `confirmParticipation(confirmationToken: String!)`. */
@ArgsType()
export class ConfirmParticipationArgs {
  @Field(() => String) confirmationToken: string;
}

/** `exportEventParticipants(eventId: ID!, roles: [ParticipantRoleEnum] = [], format: ExportFormatEnum)`. */
@ArgsType()
export class ExportEventParticipantsArgs {
  @Field(() => ID) eventId: string;
  @Field(() => [ParticipantRoleEnum], { ...optList, defaultValue: [] }) roles: (ParticipantRoleValue | null)[] | null;
  @Field(() => ExportFormatEnum, opt) format?: ExportFormatEnum | null;
}

/** `Person.participations(eventId: ID, page: Int = 1, limit: Int = 10)`. */
@ArgsType()
export class PersonParticipationsArgs {
  @Field(() => ID, opt) eventId?: string | null;
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
}

/** `User.participations(afterDatetime: DateTime, beforeDatetime: DateTime, page: Int = 1, limit: Int = 10)`. */
@ArgsType()
export class UserParticipationsArgs {
  @Field(() => Date, opt) afterDatetime?: Date | null;
  @Field(() => Date, opt) beforeDatetime?: Date | null;
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
}
