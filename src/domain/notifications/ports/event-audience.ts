import type { Attendance, PendingRequest, Recipient } from '../notification.types.js';

/** Who to tell about events: read in batches, one query per question. */
export abstract class EventAudience {
  /**
   * The participants (role PARTICIPANT) of an event: local accounts and anonymous participants
   * (by the email of their participation). Organizers and remote identities are not included.
   */
  abstract participantsOf(eventId: string): Promise<Recipient[]>;
  /** Local accounts going (organizer or participant) to published events beginning in [from, to). */
  abstract attendancesBetween(from: Date, to: Date): Promise<Attendance[]>;
  /** Requests still waiting for approval, created after `since`, with their event's organizer account. */
  abstract pendingRequestsSince(since: Date): Promise<PendingRequest[]>;
}
