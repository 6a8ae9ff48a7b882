import { zoneForReader, type Event } from '../../events/index.js';
import type { Email, EmailEventData, EmailEventListItem, Mailer } from '../../shared/index.js';
import { formatWhen } from '../local-time.js';
import type { EventSummary, Recipient } from '../notification.types.js';
import type { SentNotifications } from '../ports/sent-notifications.js';

/** One email to send once, under its idempotency key. */
export interface Delivery {
  key: string;
  email: Email;
}

/**
 * Claims each key, then sends; a failed send frees its key again. Every delivery is tried; the
 * first failure is thrown at the end so the job is retried (and the claimed ones are skipped then).
 * Returns how many emails went out.
 */
export async function deliverOnce(deliveries: Delivery[], sent: SentNotifications, mailer: Mailer, at: Date): Promise<number> {
  let count = 0;
  let failure: unknown = null;
  for (const { key, email } of deliveries) {
    if (!(await sent.claim(key, at))) continue;
    try {
      await mailer.send(email);
      count += 1;
    } catch (error) {
      await sent.release(key);
      failure ??= error;
    }
  }
  if (failure) throw failure;
  return count;
}

export function summaryOf(event: Event): EventSummary {
  const s = event.snapshot();
  return {
    id: s.id,
    uuid: s.uuid,
    title: s.title,
    beginsOn: s.beginsOn,
    endsOn: s.endsOn,
    status: s.status,
    timezone: event.timeZone,
    physicalAddress: s.physicalAddress ? { description: s.physicalAddress.description, locality: s.physicalAddress.locality } : null,
    onlineAddress: s.onlineAddress,
  };
}

export function zoneFor(event: EventSummary, recipient: Recipient): string | null {
  return zoneForReader(event.timezone, recipient.timezone);
}

export function placeOf(event: EventSummary): string {
  const a = event.physicalAddress;
  const physical = a ? [a.description, a.locality].filter((x): x is string => !!x && x.trim() !== '').join(', ') : '';
  return [physical, event.onlineAddress ?? ''].filter((x) => x !== '').join(' — ');
}

export function eventData(event: EventSummary, recipient: Recipient): EmailEventData {
  return { eventTitle: event.title, eventUuid: event.uuid, when: formatWhen(event.beginsOn, recipient.locale, zoneFor(event, recipient)) };
}

export function listItem(event: EventSummary, recipient: Recipient): EmailEventListItem {
  return { ...eventData(event, recipient), where: placeOf(event) };
}

/** One email per address, whatever the number of identities that participate. */
export function uniqueByEmail<T extends { email: string }>(recipients: T[]): T[] {
  const seen = new Map<string, T>();
  for (const r of recipients) if (!seen.has(r.email.toLowerCase())) seen.set(r.email.toLowerCase(), r);
  return [...seen.values()];
}
