import { zoneOrUtc } from '../../shared/index.js';
import { localParts, type LocalParts } from '../local-time.js';
import type { Attendance, Recipient } from '../notification.types.js';

/** Digests go in the reader's morning: from 08:00, and not after noon (a late digest is noise). */
export const DIGEST_FROM_HOUR = 8;
export const DIGEST_UNTIL_HOUR = 12;

export function readerZone(recipient: Recipient): string {
  return zoneOrUtc(recipient.timezone);
}

export function isMorning(local: LocalParts): boolean {
  return local.hour >= DIGEST_FROM_HOUR && local.hour < DIGEST_UNTIL_HOUR;
}

/** Attendances grouped by account, events in start order, one entry per event. */
export function byAccount(attendances: Attendance[]): Map<string, Attendance[]> {
  const groups = new Map<string, Attendance[]>();
  for (const a of attendances) {
    if (!a.recipient.userId) continue;
    const list = groups.get(a.recipient.userId) ?? [];
    if (!list.some((x) => x.event.id === a.event.id)) list.push(a);
    groups.set(a.recipient.userId, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.event.beginsOn.getTime() - b.event.beginsOn.getTime());
  return groups;
}

export function localDateOf(at: Date, zone: string): string {
  return localParts(at, zone).date;
}
