import { RecordedEvents } from '../shared/index.js';
import type { ParticipationDomainEvent } from './participation.domain-events.js';
import type { ParticipationError } from './participation.errors.js';

export const PARTICIPANT_ROLES = [
  'CREATOR',
  'ADMINISTRATOR',
  'MODERATOR',
  'PARTICIPANT',
  'NOT_APPROVED',
  'NOT_CONFIRMED',
  'REJECTED',
  'INVITED',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/**
 * Roles that attend the event (Mobilizon's `going`), organizers included: the participant counts,
 * the going feed, reminders and the statistics all read this list (SQL gets it as a parameter).
 */
export const GOING_ROLES = ['CREATOR', 'ADMINISTRATOR', 'MODERATOR', 'PARTICIPANT'] as const satisfies readonly ParticipantRole[];
export type GoingRole = (typeof GOING_ROLES)[number];
/** The one role that takes a seat of an event's capacity (organizers do not). */
export const SEAT_ROLE = 'PARTICIPANT' satisfies ParticipantRole;

/** Whether an event's `maximumAttendeeCapacity` limits its seats (0: no limit). */
export function hasSeatLimit(capacity: number): boolean {
  return capacity > 0;
}

/** Seats left once `taken` (SEAT_ROLE participations) are taken; null when there is no limit. */
export function seatsLeft(capacity: number, taken: number): number | null {
  return hasSeatLimit(capacity) ? Math.max(0, capacity - taken) : null;
}

/** Roles an organizer may set with `updateParticipation`. */
export const ORGANIZER_SETTABLE_ROLES: readonly ParticipantRole[] = ['PARTICIPANT', 'REJECTED', 'NOT_APPROVED'];

/** A participation made without an account: the instance's anonymous actor plus an email. */
export interface AnonymousDetails {
  email: string;
  locale: string | null;
  /** Digest of the emailed confirmation secret; null once used (or before the email is sent). */
  confirmation: { digest: string; expiresAt: Date } | null;
  /** Digests of the secrets that cancel it (the one answered to `joinEvent`, those emailed since). */
  cancellationDigests: string[];
}

export interface ParticipationState {
  id: string;
  eventId: string;
  actorId: string;
  role: ParticipantRole;
  message: string | null;
  anonymous: AnonymousDetails | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A participation the database numbers when it stores it. */
export type UnnumberedParticipation = Omit<ParticipationState, 'id'>;

/**
 * The organizer is its event's CREATOR participant from the moment the event exists: whoever
 * stores a new event stores this participation with it (in the same transaction).
 */
export function organizerParticipation(event: { id: string; organizerActorId: string; createdAt: Date }): UnnumberedParticipation {
  return {
    eventId: event.id,
    actorId: event.organizerActorId,
    role: 'CREATOR',
    message: null,
    anonymous: null,
    createdAt: new Date(event.createdAt),
    updatedAt: new Date(event.createdAt),
  };
}

export const MESSAGE_MAX = 2000;

// A hand-written copy rather than structuredClone: its Dates belong to the caller's realm (jest
// runs code in a vm context, where a structuredClone'd Date fails `instanceof Date`).
function copyState(s: ParticipationState): ParticipationState {
  const a = s.anonymous;
  return {
    ...s,
    anonymous: a
      ? {
          ...a,
          confirmation: a.confirmation ? { digest: a.confirmation.digest, expiresAt: new Date(a.confirmation.expiresAt) } : null,
          cancellationDigests: [...a.cancellationDigests],
        }
      : null,
    createdAt: new Date(s.createdAt),
    updatedAt: new Date(s.updatedAt),
  };
}

export class Participation {
  private readonly recorded = new RecordedEvents<ParticipationDomainEvent>();
  /** The role as loaded: saves apply only if nobody changed it meanwhile (null: not stored yet). */
  private readonly loadedRole: ParticipantRole | null;

  private constructor(
    private state: ParticipationState,
    stored: boolean,
  ) {
    this.loadedRole = stored ? state.role : null;
  }

  static restore(state: ParticipationState): Participation {
    return new Participation(copyState(state), true);
  }

  /** An identity joins: accepted at once (FREE) or waiting for an organizer (RESTRICTED). */
  static join(
    input: { id: string; eventId: string; actorId: string; message: string | null; approved: boolean },
    now: Date,
  ): Participation {
    const p = new Participation(
      {
        id: input.id,
        eventId: input.eventId,
        actorId: input.actorId,
        role: input.approved ? 'PARTICIPANT' : 'NOT_APPROVED',
        message: input.message,
        anonymous: null,
        createdAt: now,
        updatedAt: now,
      },
      false,
    );
    p.recorded.record('participation.created', { ...p.ids(), role: p.state.role }, now);
    if (!input.approved) p.recorded.record('participation.requested', p.ids(), now);
    return p;
  }

  /** Someone without an account joins with an email: nothing counts until the email is confirmed. */
  static joinAnonymously(
    input: {
      id: string;
      eventId: string;
      actorId: string;
      message: string | null;
      email: string;
      locale: string | null;
      cancellationDigest: string;
    },
    now: Date,
  ): Participation {
    const p = new Participation(
      {
        id: input.id,
        eventId: input.eventId,
        actorId: input.actorId,
        role: 'NOT_CONFIRMED',
        message: input.message,
        anonymous: { email: input.email, locale: input.locale, confirmation: null, cancellationDigests: [input.cancellationDigest] },
        createdAt: now,
        updatedAt: now,
      },
      false,
    );
    p.recorded.record('participation.created', { ...p.ids(), role: 'NOT_CONFIRMED' }, now);
    p.recorded.record('participation.confirmation-requested', p.ids(), now);
    return p;
  }

  get id(): string {
    return this.state.id;
  }
  get eventId(): string {
    return this.state.eventId;
  }
  get actorId(): string {
    return this.state.actorId;
  }
  get role(): ParticipantRole {
    return this.state.role;
  }
  get isAnonymous(): boolean {
    return this.state.anonymous !== null;
  }
  get email(): string | null {
    return this.state.anonymous?.email ?? null;
  }
  get isNew(): boolean {
    return this.loadedRole === null;
  }
  get roleAsLoaded(): ParticipantRole | null {
    return this.loadedRole;
  }
  /** Whether saving it needs a free seat: it becomes PARTICIPANT now. */
  get claimsSeat(): boolean {
    return this.state.role === SEAT_ROLE && this.loadedRole !== SEAT_ROLE;
  }

  snapshot(): Readonly<ParticipationState> {
    return copyState(this.state);
  }

  pullEvents() {
    return this.recorded.pull();
  }

  /** An organizer's decision: approve (PARTICIPANT), refuse (REJECTED) or back to pending (NOT_APPROVED). */
  changeRole(role: ParticipantRole, now: Date): ParticipationError | null {
    if (!ORGANIZER_SETTABLE_ROLES.includes(role)) return { type: 'invalid-role' };
    const from = this.state.role;
    if (from === role) return null;
    // Organizers and unconfirmed (anonymous) requests are not the organizer's to move.
    if (!['PARTICIPANT', 'NOT_APPROVED', 'REJECTED'].includes(from)) return { type: 'invalid-transition', from, to: role };
    this.state.role = role;
    this.state.updatedAt = now;
    const name =
      role === 'PARTICIPANT' ? 'participation.approved' : role === 'REJECTED' ? 'participation.rejected' : 'participation.unapproved';
    this.recorded.record(name, { ...this.ids(), from }, now);
    return null;
  }

  /** Stores the digest of a newly emailed confirmation secret (the previous one stops working). */
  issueConfirmation(digest: string, expiresAt: Date): void {
    if (!this.state.anonymous) return;
    this.state.anonymous.confirmation = { digest, expiresAt };
  }

  /** Another secret that cancels this participation (sent by email). */
  addCancellation(digest: string): void {
    if (!this.state.anonymous) return;
    // A few are enough: the joinEvent answer and the latest emails.
    this.state.anonymous.cancellationDigests = [...this.state.anonymous.cancellationDigests, digest].slice(-5);
  }

  /** The emailed link was opened: the participation counts now, approved or waiting for approval. */
  confirm(digest: string, approvalRequired: boolean, now: Date): ParticipationError | null {
    const c = this.state.anonymous?.confirmation;
    if (this.state.role !== 'NOT_CONFIRMED' || !c || c.digest !== digest || c.expiresAt.getTime() <= now.getTime())
      return { type: 'invalid-token' };
    this.state.anonymous!.confirmation = null;
    this.state.role = approvalRequired ? 'NOT_APPROVED' : 'PARTICIPANT';
    this.state.updatedAt = now;
    this.recorded.record('participation.confirmed', { ...this.ids(), role: this.state.role }, now);
    if (approvalRequired) this.recorded.record('participation.requested', this.ids(), now);
    return null;
  }

  mayBeCancelledWith(digest: string): boolean {
    return this.state.anonymous?.cancellationDigests.includes(digest) ?? false;
  }

  /** Leaving: the participation is deleted; who left stays in the event for notifications. */
  leave(now: Date): void {
    this.recorded.record('participation.cancelled', { ...this.ids(), role: this.state.role, email: this.email }, now);
  }

  /** What every participation event carries. */
  private ids() {
    return { participationId: this.state.id, eventId: this.state.eventId, actorId: this.state.actorId };
  }
}
