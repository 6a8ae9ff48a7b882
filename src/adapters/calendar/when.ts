// Human-readable dates of an event in its own time zone (English wording, Intl formatting).
import type { CalendarEvent } from './calendar-event.js';
import { effectiveZone, localFields } from './time-zone.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string | null, withDate: boolean): Intl.DateTimeFormat {
  const key = `${zone ?? 'UTC'}|${withDate}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const created = new Intl.DateTimeFormat('en-US', {
    timeZone: zone ?? 'UTC',
    ...(withDate ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  cache.set(key, created);
  return created;
}

export interface When {
  start: string;
  /** Null when there is no (later) end. Time only when it ends the same local day. */
  end: string | null;
  /** IANA name shown to readers ('UTC' for events without a zone). */
  zoneName: string;
}

export function whenParts(event: CalendarEvent): When {
  const zone = effectiveZone(event.timezone);
  const start = formatter(zone, true).format(event.beginsOn);
  let end: string | null = null;
  if (event.endsOn && event.endsOn.getTime() > event.beginsOn.getTime()) {
    const a = localFields(event.beginsOn, zone);
    const b = localFields(event.endsOn, zone);
    const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
    end = formatter(zone, !sameDay).format(event.endsOn);
  }
  return { start, end, zoneName: zone ?? 'UTC' };
}

/** e.g. "Saturday, April 12, 2025 at 2:00 PM GMT+2 – 4:00 PM GMT+2 (Europe/Paris)". */
export function describeWhen(event: CalendarEvent): string {
  const w = whenParts(event);
  return `${w.start}${w.end ? ` – ${w.end}` : ''} (${w.zoneName})`;
}
