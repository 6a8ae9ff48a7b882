import type { NotificationPending } from '../accounts/index.js';
import type { EventAddress, EventStatus, NotableField } from '../events/index.js';

/** The notification settings of an account (anonymous participants have none). */
export interface NotificationSettings {
  notificationOnDay: boolean;
  notificationEachWeek: boolean;
  notificationBeforeEvent: boolean;
  notificationPendingParticipation: NotificationPending;
}

/** Someone to email: a local account, or an anonymous participant known by email only. */
export interface Recipient {
  /** `null` for anonymous participants. */
  userId: string | null;
  email: string;
  locale: string;
  timezone: string | null;
  settings: NotificationSettings | null;
}

/** What digests and reminders say about an event. */
export interface EventSummary {
  id: string;
  uuid: string;
  title: string;
  beginsOn: Date;
  endsOn: Date | null;
  status: EventStatus;
  /** The event's own zone (options, else its address), if it has one. */
  timezone: string | null;
  physicalAddress: Pick<EventAddress, 'description' | 'locality'> | null;
  onlineAddress: string | null;
}

/** An account going to an event (organizer or participant). */
export interface Attendance {
  recipient: Recipient;
  event: EventSummary;
}

/** A request waiting for the organizer's approval, with the organizer's account. */
export interface PendingRequest {
  participationId: string;
  createdAt: Date;
  organizer: Recipient;
  event: EventSummary;
}

export type { NotableField };

/** Job names of the notifications (the scheduler and the event handlers enqueue them). */
export const NOTIFICATION_JOBS = {
  eventUpdated: 'notify.event-updated',
  reminders: 'notify.reminders',
  dailyDigest: 'notify.daily-digest',
  weeklyDigest: 'notify.weekly-digest',
  pendingDigest: 'notify.pending-participations-digest',
} as const;

/** One debounced window of an event's changes (see NotifyEventUpdated). */
export interface EventUpdatedJob {
  eventId: string;
  /** ISO time of the window's first change: part of the job id and of each email's key. */
  windowStart: string;
}

type Periodic = Record<string, never>;

/** The jobs notifications enqueue themselves, with their payloads. */
export type NotificationJob =
  | { name: typeof NOTIFICATION_JOBS.eventUpdated; payload: EventUpdatedJob }
  | { name: typeof NOTIFICATION_JOBS.reminders; payload: Periodic }
  | { name: typeof NOTIFICATION_JOBS.dailyDigest; payload: Periodic }
  | { name: typeof NOTIFICATION_JOBS.weeklyDigest; payload: Periodic }
  | { name: typeof NOTIFICATION_JOBS.pendingDigest; payload: Periodic };
