// iCalendar (RFC 5545) rendering of events, written by hand: one VCALENDAR, a VEVENT per event and
// a VTIMEZONE per time zone used, derived from the runtime's Intl data.
import type { CalendarEvent } from './calendar-event.js';
import { htmlToPlainText } from '../shared/text.js';
import { effectiveZone, icsLocal, icsUtc, isAmbiguousLocalTime, textValue, vtimezoneLines } from './time-zone.js';

export interface IcsCalendar {
  name: string;
  description?: string;
  url?: string;
}

export interface IcsOptions {
  method?: 'PUBLISH';
}

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Folds a content line into chunks of at most 75 octets (continuations start with one space,
 * which counts), never splitting a UTF-8 sequence: whole code points are moved to the next line.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= MAX_OCTETS) return line;
  const chunks: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const octets = Buffer.byteLength(char, 'utf8');
    if (size + octets > limit) {
      chunks.push(current);
      current = '';
      size = 0;
      limit = MAX_OCTETS - 1; // the leading space of a continuation line
    }
    current += char;
    size += octets;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

/** RFC 6868 parameter value, always quoted (quotes, carets and newlines encoded). */
function paramValue(value: string): string {
  const encoded = value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\^/g, '^^')
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/"/g, "^'");
  return `"${encoded}"`;
}

/** A URI value: no TEXT escaping applies, but a line break must never get through. */
function uriValue(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F\s]/g, (c) => encodeURIComponent(c));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** Address lines, in reading order, duplicates and blanks dropped. */
export function addressLines(address: CalendarEvent['address']): string[] {
  if (!address) return [];
  const cityLine = [address.postalCode, address.locality].filter((s) => s && s.trim()).join(' ');
  const lines: string[] = [];
  for (const part of [address.description, address.street, cityLine, address.region, address.country]) {
    const trimmed = part?.trim();
    if (trimmed && !lines.some((l) => l.toLowerCase() === trimmed.toLowerCase())) lines.push(trimmed);
  }
  return lines;
}

function formatGeo(n: number): string {
  // Six decimals (~0.1 m) is what RFC 5545 recommends; trailing zeros trimmed.
  return Number(n.toFixed(6)).toString();
}

function eventLines(event: CalendarEvent): string[] {
  const zone = effectiveZone(event.timezone);
  const host = hostOf(event.url);
  // Local time with TZID, except in the repeated hour when clocks go back: UTC is unambiguous there.
  const when = (d: Date): string => (zone && !isAmbiguousLocalTime(d, zone) ? `;TZID=${zone}:${icsLocal(d, zone)}` : `:${icsUtc(d)}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${textValue(host ? `${event.uuid}@${host}` : event.uuid)}`,
    `DTSTAMP:${icsUtc(event.updatedAt)}`,
    `DTSTART${when(event.beginsOn)}`,
  ];
  // Without DTEND a DATE-TIME event ends when it starts (RFC 5545 3.6.1), which is what we mean.
  if (event.endsOn && event.endsOn.getTime() > event.beginsOn.getTime()) lines.push(`DTEND${when(event.endsOn)}`);
  lines.push(
    `CREATED:${icsUtc(event.createdAt)}`,
    `LAST-MODIFIED:${icsUtc(event.updatedAt)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    `STATUS:${event.status}`,
    `SUMMARY:${textValue(event.title)}`,
  );
  const plain = htmlToPlainText(event.descriptionHtml);
  if (plain) lines.push(`DESCRIPTION:${textValue(plain)}`);
  if (event.descriptionHtml.trim()) {
    lines.push(`X-ALT-DESC;FMTTYPE=text/html:${textValue(`<html><body>${event.descriptionHtml}</body></html>`)}`);
  }
  lines.push(`URL:${uriValue(event.url)}`);
  const place = addressLines(event.address);
  const location = place.length > 0 ? place.join(', ') : event.onlineAddress?.trim();
  if (location) lines.push(`LOCATION:${textValue(location)}`);
  const geom = event.address?.geom;
  if (geom && Number.isFinite(geom.lat) && Number.isFinite(geom.lon)) {
    lines.push(`GEO:${formatGeo(geom.lat)};${formatGeo(geom.lon)}`);
  }
  lines.push(`ORGANIZER;CN=${paramValue(event.organizer.name || event.organizer.preferredUsername)}:${uriValue(event.organizer.url)}`);
  const categories = event.tags.map((t) => t.trim()).filter(Boolean);
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(textValue).join(',')}`);
  if (event.pictureUrl) lines.push(`ATTACH:${uriValue(event.pictureUrl)}`);
  if (event.onlineAddress && place.length > 0) {
    // Both a place and a link: RFC 7986 CONFERENCE carries the link where LOCATION cannot.
    lines.push(`CONFERENCE;VALUE=URI;FEATURE=VIDEO:${uriValue(event.onlineAddress.trim())}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** A complete iCalendar object (CRLF line endings, folded lines) for the events given. */
export function renderIcs(events: CalendarEvent[], calendar: IcsCalendar, options: IcsOptions = {}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Convene//Convene//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${options.method ?? 'PUBLISH'}`,
    `X-WR-CALNAME:${textValue(calendar.name)}`,
    `NAME:${textValue(calendar.name)}`,
  ];
  if (calendar.description) {
    lines.push(`X-WR-CALDESC:${textValue(calendar.description)}`, `DESCRIPTION:${textValue(calendar.description)}`);
  }
  if (calendar.url) lines.push(`URL:${uriValue(calendar.url)}`);

  // Every zone used, with the instants it must cover.
  const zones = new Map<string, Date[]>();
  for (const event of events) {
    const zone = effectiveZone(event.timezone);
    if (!zone) continue;
    const instants = zones.get(zone) ?? [];
    instants.push(event.beginsOn);
    if (event.endsOn) instants.push(event.endsOn);
    zones.set(zone, instants);
  }
  for (const [zone, instants] of zones) lines.push(...vtimezoneLines(zone, instants));
  for (const event of events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
