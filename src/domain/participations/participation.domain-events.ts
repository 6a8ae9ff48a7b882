import type { ParticipantRole } from './participation.js';

interface Base {
  participationId: string;
  eventId: string;
  actorId: string;
}

/** What a participation records; names are job names. */
export type ParticipationDomainEvent =
  | { name: 'participation.created'; payload: Base & { role: ParticipantRole } }
  /** Waits for an organizer's approval (after joining, or after confirming an email). */
  | { name: 'participation.requested'; payload: Base }
  /** Anonymous: the confirmation email is due. */
  | { name: 'participation.confirmation-requested'; payload: Base }
  | { name: 'participation.confirmed'; payload: Base & { role: ParticipantRole } }
  | { name: 'participation.approved'; payload: Base & { from: ParticipantRole } }
  | { name: 'participation.rejected'; payload: Base & { from: ParticipantRole } }
  | { name: 'participation.unapproved'; payload: Base & { from: ParticipantRole } }
  | { name: 'participation.cancelled'; payload: Base & { role: ParticipantRole; email: string | null } };

export type ParticipationEventName = ParticipationDomainEvent['name'];

/** Events that send an email (handled by SendParticipationEmail). */
export const PARTICIPATION_EMAIL_EVENTS = [
  'participation.requested',
  'participation.confirmation-requested',
  'participation.confirmed',
  'participation.approved',
  'participation.rejected',
] as const satisfies readonly ParticipationEventName[];
export type ParticipationEmailEvent = Extract<ParticipationDomainEvent, { name: (typeof PARTICIPATION_EMAIL_EVENTS)[number] }>;
