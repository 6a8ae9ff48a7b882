import type { EventDomainEvent, EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { EventCalendarFile } from '../../participations/index.js';
import type { Clock, JobQueue, Mailer, PayloadOf } from '../../shared/index.js';
import { NOTIFICATION_JOBS, type EventUpdatedJob } from '../notification.types.js';
import type { EventAudience } from '../ports/event-audience.js';
import type { PendingEventChanges } from '../ports/pending-event-changes.js';
import type { SentNotifications } from '../ports/sent-notifications.js';
import { deliverOnce, eventData, placeOf, summaryOf, uniqueByEmail } from './delivery.js';

/** What the event recorded: the one definition is its domain event. */
export type EventUpdatedPayload = PayloadOf<EventDomainEvent, 'event.updated'>;

/**
 * "Event updated" emails, debounced: each `event.updated` records what changed and enqueues one
 * job per window (id = event + time of the window's first pending change, run `debounceMs` later).
 * Quick edits land in the same window, so each participant gets one email with the current state
 * and every field changed since the last email.
 */
export class NotifyEventUpdated {
  constructor(
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly audience: EventAudience,
    private readonly changes: PendingEventChanges,
    private readonly sent: SentNotifications,
    private readonly calendar: EventCalendarFile,
    private readonly mailer: Mailer,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly debounceMs: number,
  ) {}

  /** Handler of the domain event `event.updated`. */
  async onEventUpdated(payload: EventUpdatedPayload): Promise<void> {
    const changed = payload.changed ?? [];
    // Description, tags... do not concern participants' calendars.
    if (changed.length === 0) return;
    const windowStart = await this.changes.record(payload.eventId, changed, this.clock.now());
    await this.schedule(payload.eventId, windowStart);
  }

  /** Handler of the job `notify.event-updated`: returns how many emails went out. */
  async execute(job: EventUpdatedJob): Promise<number> {
    const pending = await this.changes.pending(job.eventId);
    if (pending.length === 0) return 0;
    const upTo = new Date(Math.max(...pending.map((c) => c.changedAt.getTime())));
    const event = await this.events.findById(job.eventId);
    let count = 0;
    // A cancelled event gets its own email; a deleted or unpublished one none.
    if (event && !event.isDraft && event.status !== 'CANCELLED') {
      const summary = summaryOf(event);
      const changed = [...new Set(pending.map((c) => c.field))];
      const recipients = uniqueByEmail(await this.audience.participantsOf(job.eventId));
      const attachment = recipients.length ? this.calendar.attachmentFor(event, await this.persons.findById(event.organizerActorId)) : null;
      const windowMs = new Date(job.windowStart).getTime();
      count = await deliverOnce(
        recipients.map((r) => ({
          key: `event-updated:${job.eventId}:${windowMs}:${r.email.toLowerCase()}`,
          email: {
            template: 'event-updated' as const,
            to: r.email,
            locale: r.locale,
            data: { ...eventData(summary, r), where: placeOf(summary), changed, status: summary.status },
            attachments: attachment ? [attachment] : [],
          },
        })),
        this.sent,
        this.mailer,
        this.clock.now(),
      );
    }
    // Edits that arrived while this job ran open the next window.
    const next = await this.changes.clear(job.eventId, upTo);
    if (next) await this.schedule(job.eventId, next);
    return count;
  }

  private async schedule(eventId: string, windowStart: Date): Promise<void> {
    await this.queue.enqueue(
      NOTIFICATION_JOBS.eventUpdated,
      { eventId, windowStart: windowStart.toISOString() } satisfies EventUpdatedJob,
      {
        id: `event-updated-${eventId}-${windowStart.getTime()}`,
        runAt: new Date(windowStart.getTime() + this.debounceMs),
      },
    );
  }
}
