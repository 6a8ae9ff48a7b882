import type { Clock, Mailer } from '../../shared/index.js';
import type { EventAudience } from '../ports/event-audience.js';
import type { SentNotifications } from '../ports/sent-notifications.js';
import { deliverOnce, eventData, placeOf } from './delivery.js';

/** How long before the start a reminder goes out (it goes at the first run inside this lead). */
export const REMINDER_LEAD_MS = 60 * 60_000;

/** Run every minute: accounts with `notificationBeforeEvent` get one reminder about an hour before. */
export class SendEventReminders {
  constructor(
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    const attendances = await this.audience.attendancesBetween(now, new Date(now.getTime() + REMINDER_LEAD_MS));
    const due = attendances.filter((a) => a.recipient.settings?.notificationBeforeEvent && a.event.status !== 'CANCELLED');
    return deliverOnce(
      due.map(({ recipient: r, event }) => ({
        // The start is in the key: an event moved later is reminded again at its new time.
        key: `event-reminder:${event.id}:${event.beginsOn.getTime()}:${r.email.toLowerCase()}`,
        email: {
          template: 'event-reminder' as const,
          to: r.email,
          locale: r.locale,
          data: { ...eventData(event, r), where: placeOf(event) },
        },
      })),
      this.sent,
      this.mailer,
      now,
    );
  }
}
