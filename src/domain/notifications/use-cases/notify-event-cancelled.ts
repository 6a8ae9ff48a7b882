import type { EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { EventCalendarFile } from '../../participations/index.js';
import type { Clock, Mailer } from '../../shared/index.js';
import type { EventAudience } from '../ports/event-audience.js';
import type { SentNotifications } from '../ports/sent-notifications.js';
import { deliverOnce, eventData, summaryOf, uniqueByEmail } from './delivery.js';

/** Handler of `event.cancelled`: each participant is told once, with the cancelled .ics attached. */
export class NotifyEventCancelled {
  constructor(
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly calendar: EventCalendarFile,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(payload: { eventId: string }): Promise<number> {
    const event = await this.events.findById(payload.eventId);
    // Reloaded: un-cancelled (or deleted) since, there is nothing to say.
    if (!event || event.isDraft || event.status !== 'CANCELLED') return 0;
    const summary = summaryOf(event);
    const sequence = event.snapshot().sequence;
    const recipients = uniqueByEmail(await this.audience.participantsOf(event.id));
    if (recipients.length === 0) return 0;
    const attachment = this.calendar.attachmentFor(event, await this.persons.findById(event.organizerActorId));
    return deliverOnce(
      recipients.map((r) => ({
        // The sequence lets a cancelled, restored and again cancelled event be told twice.
        key: `event-cancelled:${event.id}:${sequence}:${r.email.toLowerCase()}`,
        email: {
          template: 'event-cancelled' as const,
          to: r.email,
          locale: r.locale,
          data: eventData(summary, r),
          attachments: [attachment],
        },
      })),
      this.sent,
      this.mailer,
      this.clock.now(),
    );
  }
}
