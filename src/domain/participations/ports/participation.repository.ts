import type { Page, PageRequest } from '../../shared/index.js';
import { GOING_ROLES, type ParticipantRole, type Participation } from '../participation.js';

/** What saving answers: stored, or why not. */
export type SaveOutcome = 'saved' | 'event-full' | 'duplicate' | 'conflict';

export interface ParticipantStats {
  going: number;
  notApproved: number;
  notConfirmed: number;
  participant: number;
  rejected: number;
  creator: number;
  moderator: number;
  administrator: number;
}

/** The counts of an event from its number of participations per role (`going`: the GOING_ROLES). */
export function statsOf(countOf: (role: ParticipantRole) => number): ParticipantStats {
  return {
    going: GOING_ROLES.reduce((sum, role) => sum + countOf(role), 0),
    notApproved: countOf('NOT_APPROVED'),
    notConfirmed: countOf('NOT_CONFIRMED'),
    participant: countOf('PARTICIPANT'),
    rejected: countOf('REJECTED'),
    creator: countOf('CREATOR'),
    moderator: countOf('MODERATOR'),
    administrator: countOf('ADMINISTRATOR'),
  };
}

/** A time window on the events' start, for an account's participations. */
export interface ParticipationWindow {
  after: Date | null;
  before: Date | null;
  /** Upcoming (not yet ended at `now`) come first, soonest first; then past ones, latest first. */
  now: Date;
}

export abstract class ParticipationRepository {
  abstract nextId(): Promise<string>;
  abstract findById(id: string): Promise<Participation | null>;
  /** The participation of an identity (not anonymous) in an event. */
  abstract findByActor(eventId: string, actorId: string): Promise<Participation | null>;
  abstract findAnonymous(eventId: string, actorId: string, email: string): Promise<Participation | null>;
  abstract findByConfirmationDigest(digest: string): Promise<Participation | null>;
  abstract findByCancellationDigest(eventId: string, digest: string): Promise<Participation | null>;
  /**
   * Inserts or updates the participation and appends its pending events (outbox), atomically.
   * When it takes a seat (`claimsSeat`), the event row is locked first and the PARTICIPANT rows
   * counted: with a capacity (> 0) reached nothing is stored and 'event-full' is answered, so
   * concurrent joins never exceed it. An update applies only if the stored role is still the
   * loaded one ('conflict' otherwise); a second participation of an identity is 'duplicate'.
   */
  abstract save(participation: Participation): Promise<SaveOutcome>;
  /** Deletes it and appends its pending events, atomically. */
  abstract delete(participation: Participation): Promise<void>;
  abstract countByRole(eventId: string, role: ParticipantRole): Promise<number>;
  /** Counts by role of several events in one go. */
  abstract stats(eventIds: string[]): Promise<Map<string, ParticipantStats>>;
  /** Oldest first; all roles when `roles` is empty. */
  abstract listForEvent(eventId: string, roles: ParticipantRole[], page: PageRequest): Promise<Page<Participation>>;
  /** An identity's participations (in one event when `eventId` is set), soonest event first. */
  abstract listForActor(actorId: string, eventId: string | null, page: PageRequest): Promise<Page<Participation>>;
  /** The participations of several identities (an account's), upcoming first. */
  abstract listForActors(actorIds: string[], window: ParticipationWindow, page: PageRequest): Promise<Page<Participation>>;
}
