// Time zone arithmetic from the runtime's Intl (ICU) data: UTC offsets, local wall-clock fields,
// ISO strings with offset, and RFC 5545 VTIMEZONE components. No tz database of our own.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface LocalFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fieldFormatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The canonical IANA id of a zone, or null when the runtime does not know it. */
const canonicalCache = new Map<string, string | null>();

export function canonicalZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  let canonical = canonicalCache.get(zone);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    if (canonicalCache.size > 1000) canonicalCache.clear();
    canonicalCache.set(zone, canonical);
  }
  return canonical;
}

const UTC_IDS = new Set([
  'UTC',
  'Etc/UTC',
  'Etc/GMT',
  'GMT',
  'Etc/UCT',
  'UCT',
  'Etc/Zulu',
  'Zulu',
  'Etc/Universal',
  'Universal',
  'Etc/GMT0',
  'Etc/GMT+0',
  'Etc/GMT-0',
  'GMT0',
  'Etc/Greenwich',
  'Greenwich',
]);

/** The zone to render an event in: null means plain UTC (unknown zones fall back to UTC too). */
export function effectiveZone(zone: string | null | undefined): string | null {
  const canonical = canonicalZone(zone);
  if (!canonical || UTC_IDS.has(canonical) || UTC_IDS.has(zone ?? '')) return null;
  return zone ?? null;
}

/** Wall-clock fields of an instant in a zone (UTC when zone is null). */
export function localFields(instant: Date, zone: string | null): LocalFields {
  if (!zone) {
    return {
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
      hour: instant.getUTCHours(),
      minute: instant.getUTCMinutes(),
      second: instant.getUTCSeconds(),
      weekday: instant.getUTCDay(),
    };
  }
  const parts: Record<string, string> = {};
  for (const p of fieldFormatter(zone).formatToParts(instant)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  return {
    year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday] ?? 0,
  };
}

/** UTC offset of the zone at the instant, in seconds (east positive). */
export function offsetSeconds(instant: Date, zone: string | null): number {
  if (!zone) return 0;
  const whole = Math.floor(instant.getTime() / 1000) * 1000; // Intl shows whole seconds
  const f = localFields(new Date(whole), zone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  // Date.UTC maps years 0-99 to 1900-1999; irrelevant for event dates but keep it exact.
  const fixed = f.year >= 0 && f.year < 100 ? new Date(asUtc).setUTCFullYear(f.year) : asUtc;
  return Math.round((fixed - whole) / 1000);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** `+HH:MM` (ISO 8601 / RFC 3339 style), seconds dropped. */
export function isoOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(seconds) / 60);
  return `${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2025-04-12T14:00:00+02:00`: the local time in the zone with its offset (UTC → +00:00). */
export function isoWithOffset(instant: Date, zone: string | null): string {
  const z = effectiveZone(zone);
  const f = localFields(instant, z);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${isoOffset(offsetSeconds(instant, z))}`;
}

/** RFC 5545 DATE-TIME in UTC: `20250412T120000Z`. */
export function icsUtc(instant: Date): string {
  const f = localFields(instant, null);
  return `${pad(f.year, 4)}${pad(f.month)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}Z`;
}

/** RFC 5545 local ("floating" form, to be paired with TZID) DATE-TIME: `20250412T140000`. */
export function icsLocal(instant: Date, zone: string): string {
  const f = localFields(instant, zone);
  return `${pad(f.year, 4)}${pad(f.month)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`;
}

/**
 * Whether the local time of `instant` in `zone` occurs twice (the repeated hour when clocks go
 * back). RFC 5545 reads such a local time as its first occurrence, but parsers disagree (ical.js
 * takes the second), so both passes are better written in UTC.
 */
export function isAmbiguousLocalTime(instant: Date, zone: string): boolean {
  const f = localFields(instant, zone);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  const own = offsetSeconds(instant, zone);
  const candidates = new Set([
    offsetSeconds(new Date(instant.getTime() - DAY), zone),
    offsetSeconds(new Date(instant.getTime() + DAY), zone),
  ]);
  candidates.delete(own);
  for (const offset of candidates) {
    // Another offset that maps the same wall-clock time to a real instant of that offset.
    if (offsetSeconds(new Date(wall - offset * 1000), zone) === offset) return true;
  }
  return false;
}

/** RFC 5545 UTC-OFFSET: `+0100`, `-0500`, `+0530`, with seconds only when non-zero. */
export function icsOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}

export interface Transition {
  /** First instant of the new offset. */
  at: Date;
  from: number;
  to: number;
}

/** Offset changes of a zone between two instants, found by daily sampling then bisection. */
export function findTransitions(zone: string, start: Date, end: Date): Transition[] {
  const result: Transition[] = [];
  let t = start.getTime();
  let offset = offsetSeconds(new Date(t), zone);
  while (t < end.getTime()) {
    const next = Math.min(t + DAY, end.getTime());
    const nextOffset = offsetSeconds(new Date(next), zone);
    if (nextOffset !== offset) {
      // Bisect down to the second: the first instant carrying the new offset.
      let lo = t;
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetSeconds(new Date(mid), zone) === offset) lo = mid;
        else hi = mid;
      }
      result.push({ at: new Date(hi), from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return result;
}

// Zone data does not change while the process runs: a year of a zone is scanned once.
const yearCache = new Map<string, Transition[]>();
const YEAR_CACHE_MAX = 2000;

function transitionsOfYear(zone: string, year: number): Transition[] {
  const key = `${zone}|${year}`;
  let found = yearCache.get(key);
  if (!found) {
    found = findTransitions(zone, new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year + 1, 0, 1)));
    if (yearCache.size >= YEAR_CACHE_MAX) yearCache.clear();
    yearCache.set(key, found);
  }
  return found;
}

const nameFormatters = new Map<string, Intl.DateTimeFormat>();

function shortName(instant: Date, zone: string): string | null {
  try {
    let f = nameFormatters.get(zone);
    if (!f) {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
      nameFormatters.set(zone, f);
    }
    const part = f.formatToParts(instant).find((p) => p.type === 'timeZoneName');
    return part?.value ?? null;
  } catch {
    return null;
  }
}

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  from: number;
  to: number;
  /** Local time of the transition in the offset in force before it (what DTSTART holds). */
  local: LocalFields;
  at: Date;
  name: string | null;
  /** Yearly rule signature, e.g. `3|-1SU|02:00:00`. */
  rule: string;
  byDay: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function observanceOf(zone: string, tr: Transition): Observance {
  const local = localFields(new Date(tr.at.getTime() + tr.from * 1000), null);
  // "Standard" is the smaller offset of the year; moving away from it is daylight saving time.
  const year = local.year;
  const standard = Math.min(offsetSeconds(new Date(Date.UTC(year, 0, 1)), zone), offsetSeconds(new Date(Date.UTC(year, 6, 1)), zone));
  const kind = tr.to > standard ? 'DAYLIGHT' : 'STANDARD';
  const last = local.day + 7 > daysInMonth(local.year, local.month);
  const nth = last ? -1 : Math.ceil(local.day / 7);
  const byDay = `${nth}${BYDAY[local.weekday]}`;
  const time = `${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`;
  return {
    kind,
    from: tr.from,
    to: tr.to,
    local,
    at: tr.at,
    name: shortName(tr.at, zone),
    rule: `${kind}|${tr.from}|${tr.to}|${local.month}|${byDay}|${time}`,
    byDay,
  };
}

function icsLocalFields(f: LocalFields): string {
  return `${pad(f.year, 4)}${pad(f.month)}${pad(f.day)}T${pad(f.hour)}${pad(f.minute)}${pad(f.second)}`;
}

/**
 * The VTIMEZONE for `zone`, valid for the instants given (and the years around them). Each
 * transition found in the range becomes an observance; consecutive yearly transitions that follow
 * the same "nth weekday of month at local time" rule are merged into one observance with an RRULE
 * (UNTIL-bounded unless it is the latest run, which is assumed to continue).
 * Returns the content lines (unfolded).
 */
export function vtimezoneLines(zone: string, instants: Date[]): string[] {
  const years = instants.map((d) => d.getUTCFullYear());
  const from = new Date(Date.UTC(Math.min(...years) - 1, 0, 1));
  const to = new Date(Date.UTC(Math.max(...years) + 2, 0, 1));
  const transitions: Transition[] = [];
  for (let year = from.getUTCFullYear(); year < to.getUTCFullYear(); year++) transitions.push(...transitionsOfYear(zone, year));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];

  if (transitions.length === 0) {
    // A fixed offset over the whole range: one STANDARD observance from far in the past.
    const offset = offsetSeconds(from, zone);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${icsOffset(offset)}`, `TZOFFSETTO:${icsOffset(offset)}`);
    const name = shortName(from, zone);
    if (name) lines.push(`TZNAME:${textValue(name)}`);
    lines.push('END:STANDARD', 'END:VTIMEZONE');
    return lines;
  }

  const observances = transitions.map((t) => observanceOf(zone, t));
  // Group runs of the same rule in consecutive years, per kind of transition.
  const runs: Observance[][] = [];
  const lastRunOfKind = new Map<string, Observance[]>();
  for (const o of observances) {
    const key = `${o.kind}|${o.from}|${o.to}`;
    const run = lastRunOfKind.get(key);
    const previous = run?.[run.length - 1];
    if (run && previous && previous.rule === o.rule && previous.local.year + 1 === o.local.year) {
      run.push(o);
    } else {
      const fresh = [o];
      runs.push(fresh);
      lastRunOfKind.set(key, fresh);
    }
  }
  // Runs reaching the last year scanned are assumed to go on; earlier ones end with UNTIL (a rule
  // that changed, or DST that was abolished, must not be extrapolated).
  const finalYear = Math.max(...years) + 1;
  const ongoing = (run: Observance[]): boolean => run.length > 1 && run[run.length - 1].local.year >= finalYear;

  for (const run of runs) {
    const first = run[0];
    lines.push(
      `BEGIN:${first.kind}`,
      `DTSTART:${icsLocalFields(first.local)}`,
      `TZOFFSETFROM:${icsOffset(first.from)}`,
      `TZOFFSETTO:${icsOffset(first.to)}`,
    );
    if (run.length > 1) {
      const until = ongoing(run) ? '' : `;UNTIL=${icsUtc(run[run.length - 1].at)}`;
      lines.push(`RRULE:FREQ=YEARLY;BYMONTH=${first.local.month};BYDAY=${first.byDay}${until}`);
    }
    if (first.name) lines.push(`TZNAME:${textValue(first.name)}`);
    lines.push(`END:${first.kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** RFC 5545 TEXT escaping (also used by the ICS renderer). */
export function textValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}
