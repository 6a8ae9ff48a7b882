import type { NotificationPending } from '../../accounts/index.js';
import type { Clock, Mailer } from '../../shared/index.js';
import { localParts } from '../local-time.js';
import type { PendingRequest } from '../notification.types.js';
import type { EventAudience } from '../ports/event-audience.js';
import type { SentNotifications } from '../ports/sent-notifications.js';
import { isMorning, readerZone } from './digest-policy.js';
import { deliverOnce, listItem, type Delivery } from './delivery.js';

const HOUR = 3600_000;
const PERIOD_MS: Partial<Record<NotificationPending, number>> = { ONE_HOUR: HOUR, ONE_DAY: 24 * HOUR, ONE_WEEK: 7 * 24 * HOUR };

/**
 * Organizers whose `notificationPendingParticipation` is ONE_HOUR, ONE_DAY or ONE_WEEK: the requests
 * waiting for them that arrived since their last digest (DIRECT is the participations' own email).
 * Hourly digests go at any hour; daily ones in the morning, weekly ones on Monday morning.
 */
export class SendPendingParticipationDigest {
  constructor(
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<number> {
    const now = this.clock.now();
    // A week (the longest period) and a day of slack: older requests were in an earlier digest.
    const requests = await this.audience.pendingRequestsSince(new Date(now.getTime() - 8 * 24 * HOUR));
    const byOrganizer = new Map<string, PendingRequest[]>();
    for (const request of requests) {
      const userId = request.organizer.userId;
      if (!userId) continue;
      byOrganizer.set(userId, [...(byOrganizer.get(userId) ?? []), request]);
    }

    const due: { userId: string; period: string; requests: PendingRequest[] }[] = [];
    for (const [userId, list] of byOrganizer) {
      const setting = list[0].organizer.settings?.notificationPendingParticipation ?? 'NONE';
      const period = this.periodKey(setting, readerZone(list[0].organizer), now);
      if (period) due.push({ userId, period, requests: list });
    }
    const last = await this.sent.lastClaimedAt(due.map((d) => this.prefix(d.userId)));

    const deliveries: Delivery[] = [];
    for (const { userId, period, requests: list } of due) {
      const r = list[0].organizer;
      const setting = r.settings!.notificationPendingParticipation;
      const since = last.get(this.prefix(userId)) ?? new Date(now.getTime() - PERIOD_MS[setting]!);
      const fresh = list.filter((p) => p.createdAt.getTime() > since.getTime() && p.createdAt.getTime() <= now.getTime());
      if (fresh.length === 0) continue;
      const events = new Map<string, { request: PendingRequest; count: number }>();
      for (const p of fresh) {
        const entry = events.get(p.event.id);
        if (entry) entry.count += 1;
        else events.set(p.event.id, { request: p, count: 1 });
      }
      const items = [...events.values()]
        .sort((a, b) => a.request.event.beginsOn.getTime() - b.request.event.beginsOn.getTime())
        .map(({ request, count }) => ({ ...listItem(request.event, r), count }));
      deliveries.push({
        key: `${this.prefix(userId)}${period}`,
        email: { template: 'pending-participations-digest', to: r.email, locale: r.locale, data: { total: fresh.length, events: items } },
      });
    }
    return deliverOnce(deliveries, this.sent, this.mailer, now);
  }

  private prefix(userId: string): string {
    return `pending-digest:${userId}:`;
  }

  /** The period this run belongs to, when a digest is due now; null when not. */
  private periodKey(setting: NotificationPending, zone: string, now: Date): string | null {
    if (setting === 'ONE_HOUR') return now.toISOString().slice(0, 13);
    const local = localParts(now, zone);
    if (setting === 'ONE_DAY') return isMorning(local) ? local.date : null;
    if (setting === 'ONE_WEEK') return local.weekday === 1 && isMorning(local) ? `week-${local.date}` : null;
    return null;
  }
}
