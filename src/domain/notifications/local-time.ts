// Calendar arithmetic in a reader's or an event's time zone, with Intl only (no library).
import { zoneOrUtc } from '../shared/index.js';

export interface LocalParts {
  /** `YYYY-MM-DD` */
  date: string;
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function localParts(at: Date, zone: string): LocalParts {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zoneOrUtc(zone),
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    weekday: WEEKDAYS[get('weekday')] ?? 1,
  };
}

/** `YYYY-MM-DD` plus some days (pure calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function language(locale: string): string {
  return locale.toLowerCase().startsWith('fr') ? 'fr-FR' : 'en-GB';
}

/** "Thursday 15 January 2026 at 18:00 (Europe/Paris)": the reader's language, the given zone. */
export function formatWhen(at: Date, locale: string, zone: string | null): string {
  const tz = zoneOrUtc(zone);
  return `${new Intl.DateTimeFormat(language(locale), { dateStyle: 'full', timeStyle: 'short', timeZone: tz }).format(at)} (${tz})`;
}

/** "Thursday 15 January 2026" for a `YYYY-MM-DD` calendar date. */
export function formatDay(date: string, locale: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}
