// The one table of background work: every domain event and every job name, with what it causes.
// Its type lists every name of every aggregate's union, so a new event does not compile until it
// is given a handler here or marked NO_SIDE_EFFECT (federation will hang its deliveries off it).
import type { AccountDomainEvent, SendAccountEmail } from '../domain/accounts/index.js';
import type { CommentDomainEvent, SendCommentAnnouncement } from '../domain/comments/index.js';
import type { EventDomainEvent } from '../domain/events/index.js';
import type { PersonDomainEvent } from '../domain/identities/index.js';
import type { PurgeUserMedia } from '../domain/media/index.js';
import type {
  NotificationJob,
  NotifyEventCancelled,
  NotifyEventUpdated,
  SendDailyDigest,
  SendEventReminders,
  SendPendingParticipationDigest,
  SendWeeklyDigest,
} from '../domain/notifications/index.js';
import type { ParticipationDomainEvent, SendParticipationEmail, WithdrawSuspendedParticipant } from '../domain/participations/index.js';
import type { NotifyOrganizerSuspended, ReportDomainEvent, SendReportEmail } from '../domain/reports/index.js';
import type { JobHandler, Named, PayloadOf } from '../domain/shared/index.js';

/** Every job the queue carries: the aggregates' domain events (relayed from the outbox) and the
 * jobs use cases enqueue themselves. */
export type AnyJob =
  | AccountDomainEvent
  | EventDomainEvent
  | PersonDomainEvent
  | CommentDomainEvent
  | ReportDomainEvent
  | ParticipationDomainEvent
  | NotificationJob;

/** A recorded fact with nothing to do yet: the job succeeds at once. */
export const NO_SIDE_EFFECT = 'no side effect';

/** The relay adds when the event happened to what it enqueues. */
interface Relayed {
  occurredAt?: string;
}

/** One entry per name of U, and no other: its handler, or NO_SIDE_EFFECT. */
export type JobTable<U extends Named> = {
  [N in U['name']]: ((payload: PayloadOf<U, N> & Relayed) => Promise<unknown>) | typeof NO_SIDE_EFFECT;
};

/** The use cases the jobs run (the worker injects them). */
export interface JobUseCases {
  sendAccountEmail: SendAccountEmail;
  purgeUserMedia: PurgeUserMedia;
  sendParticipationEmail: SendParticipationEmail;
  withdrawSuspendedParticipant: WithdrawSuspendedParticipant;
  notifyEventUpdated: NotifyEventUpdated;
  notifyEventCancelled: NotifyEventCancelled;
  sendEventReminders: SendEventReminders;
  sendDailyDigest: SendDailyDigest;
  sendWeeklyDigest: SendWeeklyDigest;
  sendPendingParticipationDigest: SendPendingParticipationDigest;
  sendCommentAnnouncement: SendCommentAnnouncement;
  sendReportEmail: SendReportEmail;
  notifyOrganizerSuspended: NotifyOrganizerSuspended;
}

export function jobTable(u: JobUseCases): JobTable<AnyJob> {
  return {
    'user.registered': (payload) => u.sendAccountEmail.execute({ name: 'user.registered', payload }),
    'user.registration-attempted': (payload) => u.sendAccountEmail.execute({ name: 'user.registration-attempted', payload }),
    'user.confirmation-requested': (payload) => u.sendAccountEmail.execute({ name: 'user.confirmation-requested', payload }),
    'user.confirmed': NO_SIDE_EFFECT,
    'user.password-reset-requested': (payload) => u.sendAccountEmail.execute({ name: 'user.password-reset-requested', payload }),
    'user.password-changed': NO_SIDE_EFFECT,
    'user.email-change-requested': (payload) => u.sendAccountEmail.execute({ name: 'user.email-change-requested', payload }),
    'user.email-changed': (payload) => u.sendAccountEmail.execute({ name: 'user.email-changed', payload }),
    // The account's pictures go with it, rows and files.
    'user.deleted': (payload) => u.purgeUserMedia.execute({ userId: payload.userId }),
    'user.role-changed': (payload) => u.sendAccountEmail.execute({ name: 'user.role-changed', payload }),
    'user.confirmed-by-admin': (payload) => u.sendAccountEmail.execute({ name: 'user.confirmed-by-admin', payload }),
    'user.email-changed-by-admin': (payload) => u.sendAccountEmail.execute({ name: 'user.email-changed-by-admin', payload }),

    'event.created': NO_SIDE_EFFECT,
    'event.published': NO_SIDE_EFFECT,
    'event.updated': (payload) => u.notifyEventUpdated.onEventUpdated(payload),
    'event.cancelled': (payload) => u.notifyEventCancelled.execute(payload),
    'event.deleted': NO_SIDE_EFFECT,

    'person.created': NO_SIDE_EFFECT,
    'person.updated': NO_SIDE_EFFECT,
    'person.suspended': async (payload) => {
      // Its participants are told first, then it is withdrawn from others' events.
      await u.notifyOrganizerSuspended.execute(payload);
      await u.withdrawSuspendedParticipant.execute({ personId: payload.personId });
    },
    'person.unsuspended': NO_SIDE_EFFECT,
    'person.deleted': NO_SIDE_EFFECT,

    'comment.created': NO_SIDE_EFFECT,
    'comment.announced': (payload) => u.sendCommentAnnouncement.execute(payload),
    'comment.updated': NO_SIDE_EFFECT,
    'comment.deleted': NO_SIDE_EFFECT,

    'report.created': (payload) => u.sendReportEmail.execute(payload),

    'participation.created': NO_SIDE_EFFECT,
    'participation.requested': (payload) => u.sendParticipationEmail.execute({ name: 'participation.requested', payload }),
    'participation.confirmation-requested': (payload) =>
      u.sendParticipationEmail.execute({ name: 'participation.confirmation-requested', payload }),
    'participation.confirmed': (payload) => u.sendParticipationEmail.execute({ name: 'participation.confirmed', payload }),
    'participation.approved': (payload) => u.sendParticipationEmail.execute({ name: 'participation.approved', payload }),
    'participation.rejected': (payload) => u.sendParticipationEmail.execute({ name: 'participation.rejected', payload }),
    'participation.unapproved': NO_SIDE_EFFECT,
    'participation.cancelled': NO_SIDE_EFFECT,

    'notify.event-updated': (payload) => u.notifyEventUpdated.execute(payload),
    'notify.reminders': () => u.sendEventReminders.execute(),
    'notify.daily-digest': () => u.sendDailyDigest.execute(),
    'notify.weekly-digest': () => u.sendWeeklyDigest.execute(),
    'notify.pending-participations-digest': () => u.sendPendingParticipationDigest.execute(),
  };
}

/**
 * The queue's handlers for a job table. Throws, so the worker does not boot, when an entry is
 * neither a handler nor NO_SIDE_EFFECT (a table built around the compiler, e.g. from JSON).
 */
export function jobHandlers<U extends Named>(table: JobTable<U>): Record<string, JobHandler> {
  const handlers: Record<string, JobHandler> = {};
  const missing: string[] = [];
  for (const [name, entry] of Object.entries<unknown>(table)) {
    if (entry === NO_SIDE_EFFECT) handlers[name] = async () => {};
    // The outbox stored the payload from the typed event of the same name.
    else if (typeof entry === 'function') handlers[name] = async (job) => void (await entry(job.payload));
    else missing.push(name);
  }
  if (missing.length > 0) throw new Error(`job table: no handler for ${missing.join(', ')}`);
  return handlers;
}
