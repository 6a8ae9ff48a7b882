import type { Clock, Mailer } from '../../shared/index.js';
import { addDays, formatDay, localParts } from '../local-time.js';
import type { EventAudience } from '../ports/event-audience.js';
import type { SentNotifications } from '../ports/sent-notifications.js';
import { byAccount, isMorning, localDateOf, readerZone } from './digest-policy.js';
import { deliverOnce, listItem, type Delivery } from './delivery.js';

const DAY = 86_400_000;

/** Accounts with `notificationEachWeek`: on Monday morning (their zone), the week's events. */
export class SendWeeklyDigest {
  constructor(
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    const attendances = await this.audience.attendancesBetween(new Date(now.getTime() - DAY), new Date(now.getTime() + 8 * DAY));
    const deliveries: Delivery[] = [];
    for (const [userId, list] of byAccount(attendances)) {
      const r = list[0].recipient;
      if (!r.settings?.notificationEachWeek) continue;
      const zone = readerZone(r);
      const local = localParts(now, zone);
      if (local.weekday !== 1 || !isMorning(local)) continue;
      const monday = local.date;
      const nextMonday = addDays(monday, 7);
      const week = list.filter((a) => {
        const day = localDateOf(a.event.beginsOn, zone);
        return a.event.status !== 'CANCELLED' && day >= monday && day < nextMonday;
      });
      if (week.length === 0) continue;
      deliveries.push({
        key: `weekly-digest:${userId}:${monday}`,
        email: {
          template: 'weekly-digest',
          to: r.email,
          locale: r.locale,
          data: { weekOf: formatDay(monday, r.locale), events: week.map((a) => listItem(a.event, r)) },
        },
      });
    }
    return deliverOnce(deliveries, this.sent, this.mailer, now);
  }
}
