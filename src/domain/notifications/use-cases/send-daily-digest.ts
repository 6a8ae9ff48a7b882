import type { Clock, Mailer } from '../../shared/index.js';
import { formatDay, localParts } from '../local-time.js';
import type { EventAudience } from '../ports/event-audience.js';
import type { SentNotifications } from '../ports/sent-notifications.js';
import { byAccount, isMorning, localDateOf, readerZone } from './digest-policy.js';
import { deliverOnce, listItem, type Delivery } from './delivery.js';

const HOUR = 3600_000;

/**
 * Accounts with `notificationOnDay`: in the morning of a day on which they go to events (their
 * zone, UTC when unset), one email listing that day's events.
 */
export class SendDailyDigest {
  constructor(
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    // Wide enough for "today" in every zone (UTC-12 … UTC+14) during a morning.
    const attendances = await this.audience.attendancesBetween(new Date(now.getTime() - 24 * HOUR), new Date(now.getTime() + 48 * HOUR));
    const deliveries: Delivery[] = [];
    for (const [userId, list] of byAccount(attendances)) {
      const r = list[0].recipient;
      if (!r.settings?.notificationOnDay) continue;
      const zone = readerZone(r);
      const local = localParts(now, zone);
      if (!isMorning(local)) continue;
      const today = list.filter((a) => a.event.status !== 'CANCELLED' && localDateOf(a.event.beginsOn, zone) === local.date);
      if (today.length === 0) continue;
      deliveries.push({
        key: `daily-digest:${userId}:${local.date}`,
        email: {
          template: 'daily-digest',
          to: r.email,
          locale: r.locale,
          data: { day: formatDay(local.date, r.locale), events: today.map((a) => listItem(a.event, r)) },
        },
      });
    }
    return deliverOnce(deliveries, this.sent, this.mailer, now);
  }
}
