import type { EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import {
  deliverOnce,
  eventData,
  summaryOf,
  uniqueByEmail,
  type Delivery,
  type EventAudience,
  type SentNotifications,
} from '../../notifications/index.js';
import type { Clock, Mailer } from '../../shared/index.js';

/** Pages of the suspended identity's events are read this many at a time. */
const BATCH = 100;

/**
 * Handler of `person.suspended`: the participants of the suspended identity's upcoming events are
 * told that their participation is cancelled because the organizer was suspended.
 */
export class NotifyOrganizerSuspended {
  constructor(
    private readonly persons: PersonRepository,
    private readonly events: EventRepository,
    private readonly audience: EventAudience,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(payload: { personId: string; suspendedAt?: string }): Promise<number> {
    const person = await this.persons.findById(payload.personId);
    // Reloaded: unsuspended (or deleted) since, there is nothing to say.
    if (!person?.isSuspended) return 0;
    const now = this.clock.now();
    const deliveries: Delivery[] = [];
    for (let page = 1; ; page++) {
      const batch = await this.events.find(
        { organizerActorIds: [person.id], includeSuspended: true, endsAfter: now, orderBy: 'BEGINS_ON', direction: 'ASC' },
        { page, limit: BATCH },
      );
      for (const event of batch.elements) {
        const summary = summaryOf(event);
        for (const r of uniqueByEmail(await this.audience.participantsOf(event.id))) {
          deliveries.push({
            // Per suspension: suspended, restored and suspended again is told again.
            key: `organizer-suspended:${event.id}:${payload.suspendedAt ?? ''}:${r.email.toLowerCase()}`,
            email: { template: 'participation-cancelled-organizer-suspended', to: r.email, locale: r.locale, data: eventData(summary, r) },
          });
        }
      }
      if (batch.elements.length < BATCH) break;
    }
    return deliverOnce(deliveries, this.sent, this.mailer, now);
  }
}
