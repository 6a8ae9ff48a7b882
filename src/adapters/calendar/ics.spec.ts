import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { CalendarEvent } from './calendar-event.js';
import { foldLine, renderIcs } from './ics.js';
import { sampleEvent } from './sample-event.fixture.js';

const calendar = { name: 'Convene Test events' };

// ical.js leaves unknown (X-/RFC 7986) properties raw; calendar clients read these as TEXT, so
// the specs do too.
for (const name of ['x-wr-calname', 'x-wr-caldesc', 'x-alt-desc', 'name']) {
  ICAL.design.defaultSet.property[name] = { defaultType: 'text' };
}

// Parsing with a real iCalendar parser is the test: ical.js resolves TZIDs against the VTIMEZONE
// components of the same document (it ships no zone data of its own besides UTC).
function parse(ics: string): { root: ICAL.Component; events: ICAL.Component[] } {
  const root = new ICAL.Component(ICAL.parse(ics));
  return { root, events: root.getAllSubcomponents('vevent') };
}

function only(events: CalendarEvent[]): ICAL.Event {
  const { events: vevents } = parse(renderIcs(events, calendar));
  expect(vevents).toHaveLength(events.length);
  return new ICAL.Event(vevents[0]);
}

describe('renderIcs', () => {
  it('produces a VCALENDAR with the required headers and CRLF line endings', () => {
    const ics = renderIcs([sampleEvent()], {
      name: 'Alice, events; all',
      description: 'Line 1\nLine 2',
      url: 'https://convene.test/@alice',
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const { root } = parse(ics);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toBe('-//Convene//Convene//EN');
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Alice, events; all');
    expect(root.getFirstPropertyValue('x-wr-caldesc')).toBe('Line 1\nLine 2');
  });

  it('writes UID, DTSTAMP, SEQUENCE, STATUS, SUMMARY, CREATED and LAST-MODIFIED', () => {
    const event = sampleEvent({ sequence: 7 });
    const { events } = parse(renderIcs([event], calendar));
    const v = events[0];
    expect(v.getFirstPropertyValue('uid')).toBe(`${event.uuid}@convene.test`);
    expect(String(v.getFirstPropertyValue('dtstamp'))).toBe('2024-12-05T11:30:00Z');
    expect(String(v.getFirstPropertyValue('created'))).toBe('2024-12-01T10:00:00Z');
    expect(String(v.getFirstPropertyValue('last-modified'))).toBe('2024-12-05T11:30:00Z');
    expect(v.getFirstPropertyValue('sequence')).toBe(7);
    expect(v.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(v.getFirstPropertyValue('summary')).toBe('Monthly meetup');
    expect(v.getFirstPropertyValue('url')).toBe(event.url);
  });

  it('marks cancelled and tentative events', () => {
    const { events } = parse(
      renderIcs([sampleEvent({ status: 'CANCELLED', sequence: 3 }), sampleEvent({ uuid: 'other', status: 'TENTATIVE' })], calendar),
    );
    expect(events.map((v) => v.getFirstPropertyValue('status'))).toEqual(['CANCELLED', 'TENTATIVE']);
    expect(events[0].getFirstPropertyValue('sequence')).toBe(3);
  });

  // [zone, start UTC, end UTC, expected local DTSTART]
  const cases: [string | null, string, string, string][] = [
    ['Europe/Paris', '2025-01-15T18:00:00Z', '2025-01-15T20:00:00Z', '2025-01-15T19:00:00'],
    ['Europe/Paris', '2025-07-15T18:00:00Z', '2025-07-15T20:00:00Z', '2025-07-15T20:00:00'],
    ['America/New_York', '2025-01-15T18:00:00Z', '2025-01-15T20:00:00Z', '2025-01-15T13:00:00'],
    ['America/New_York', '2025-07-04T23:00:00Z', '2025-07-05T02:00:00Z', '2025-07-04T19:00:00'],
    ['Asia/Kolkata', '2025-03-10T04:30:00Z', '2025-03-10T06:00:00Z', '2025-03-10T10:00:00'],
    ['Australia/Sydney', '2025-01-10T09:00:00Z', '2025-01-10T11:00:00Z', '2025-01-10T20:00:00'],
    ['Australia/Sydney', '2025-07-10T09:00:00Z', '2025-07-10T11:00:00Z', '2025-07-10T19:00:00'],
    // Just after clocks went forward in Paris (02:00 → 03:00 on 2025-03-30).
    ['Europe/Paris', '2025-03-30T01:30:00Z', '2025-03-30T02:30:00Z', '2025-03-30T03:30:00'],
    // Just after clocks went back (03:00 CEST → 02:00 CET on 2025-10-26): unambiguous again.
    ['Europe/Paris', '2025-10-26T02:00:00Z', '2025-10-26T03:00:00Z', '2025-10-26T03:00:00'],
    ['UTC', '2025-05-01T12:00:00Z', '2025-05-01T13:00:00Z', '2025-05-01T12:00:00'],
    [null, '2025-05-01T12:00:00Z', '2025-05-01T13:00:00Z', '2025-05-01T12:00:00'],
  ];
  it.each(cases)('converts DTSTART/DTEND back to the exact instants (%s, %s)', (zone, start, end, local) => {
    const e = only([sampleEvent({ timezone: zone, beginsOn: new Date(start), endsOn: new Date(end) })]);
    expect(e.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
    expect(e.endDate.toJSDate().toISOString()).toBe(new Date(end).toISOString());
    expect(e.startDate.toString()).toBe(zone && zone !== 'UTC' ? local : `${local}Z`);
    expect(e.startDate.zone?.tzid).toBe(zone && zone !== 'UTC' ? zone : 'UTC');
  });

  it('writes both passes of the repeated hour (clocks going back) in UTC, which is unambiguous', () => {
    // 02:30 local on 2025-10-26 in Paris happens twice: 00:30Z (CEST) and 01:30Z (CET).
    const events = [
      sampleEvent({ uuid: 'first', beginsOn: new Date('2025-10-26T00:30:00Z'), endsOn: new Date('2025-10-26T03:00:00Z') }),
      sampleEvent({ uuid: 'second', beginsOn: new Date('2025-10-26T01:30:00Z'), endsOn: new Date('2025-10-26T03:00:00Z') }),
    ];
    const ics = renderIcs(events, calendar);
    expect(ics).toContain('DTSTART:20251026T003000Z');
    expect(ics).toContain('DTSTART:20251026T013000Z');
    expect(ics).toContain('DTEND;TZID=Europe/Paris:20251026T040000');
    parse(ics).events.forEach((v, i) => {
      const e = new ICAL.Event(v);
      expect(e.startDate.toJSDate().toISOString()).toBe(events[i].beginsOn.toISOString());
      expect(e.endDate.toJSDate().toISOString()).toBe('2025-10-26T03:00:00.000Z');
    });
  });

  it('emits one VTIMEZONE per zone used, covering events years apart and rule changes', () => {
    const events = [
      // US DST rules changed in 2007; Sao Paulo abolished DST in 2019.
      sampleEvent({ uuid: 'ny-2006', timezone: 'America/New_York', beginsOn: new Date('2006-03-20T18:00:00Z'), endsOn: null }),
      sampleEvent({ uuid: 'ny-2025', timezone: 'America/New_York', beginsOn: new Date('2025-03-20T18:00:00Z'), endsOn: null }),
      sampleEvent({ uuid: 'sp-2018', timezone: 'America/Sao_Paulo', beginsOn: new Date('2018-12-01T15:00:00Z'), endsOn: null }),
      sampleEvent({ uuid: 'sp-2023', timezone: 'America/Sao_Paulo', beginsOn: new Date('2023-12-01T15:00:00Z'), endsOn: null }),
      sampleEvent({ uuid: 'paris', timezone: 'Europe/Paris' }),
      sampleEvent({ uuid: 'paris-2', timezone: 'Europe/Paris', beginsOn: new Date('2030-08-01T08:00:00Z'), endsOn: null }),
    ];
    const { root, events: vevents } = parse(renderIcs(events, calendar));
    const zones = root.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
    expect(zones.sort()).toEqual(['America/New_York', 'America/Sao_Paulo', 'Europe/Paris']);
    const local = vevents.map((v) => String(v.getFirstPropertyValue('dtstart')));
    // 2006-03-20 was still EST (-5) in New York; 2025-03-20 is EDT (-4).
    expect(local).toEqual([
      '2006-03-20T13:00:00',
      '2025-03-20T14:00:00',
      '2018-12-01T13:00:00', // -02 (summer time, then)
      '2023-12-01T12:00:00', // -03 (no DST any more)
      '2025-01-15T19:00:00',
      '2030-08-01T10:00:00',
    ]);
    vevents.forEach((v, i) => {
      expect(new ICAL.Event(v).startDate.toJSDate().toISOString()).toBe(events[i].beginsOn.toISOString());
    });
    // Without an end, no DTEND (the event ends when it starts).
    expect(vevents[0].getFirstProperty('dtend')).toBeNull();
  });

  it('writes LOCATION, GEO, ORGANIZER, CATEGORIES and ATTACH', () => {
    const { events } = parse(
      renderIcs(
        [sampleEvent({ organizer: { name: 'Alice "Al" Martin, PhD', preferredUsername: 'alice', url: 'https://convene.test/@alice' } })],
        calendar,
      ),
    );
    const v = events[0];
    expect(v.getFirstPropertyValue('location')).toBe('La Maison des Associations, 12 rue de la Paix, 75002 Paris, Île-de-France, France');
    expect(v.getFirstPropertyValue('geo')).toEqual([48.8686, 2.331]);
    const organizer = v.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('https://convene.test/@alice');
    expect(organizer.getParameter('cn')).toBe('Alice "Al" Martin, PhD');
    expect(v.getFirstProperty('categories')!.getValues()).toEqual(['meetup', 'open source']);
    expect(v.getFirstPropertyValue('attach')).toBe('https://convene.test/media/banner.jpg');
  });

  it('uses the online address as LOCATION when there is no place', () => {
    const { events } = parse(renderIcs([sampleEvent({ address: null, onlineAddress: 'https://meet.example/room' })], calendar));
    expect(events[0].getFirstPropertyValue('location')).toBe('https://meet.example/room');
    expect(events[0].getFirstProperty('geo')).toBeNull();
  });

  it('derives a plain-text DESCRIPTION and keeps the HTML in X-ALT-DESC', () => {
    const html =
      '<p>Hello &amp; <em>welcome</em>,</p><ul><li>one; two</li><li>three</li></ul><p>See <a href="https://docs.example/x">the docs</a>.</p>';
    const v = parse(renderIcs([sampleEvent({ descriptionHtml: html })], calendar)).events[0];
    expect(v.getFirstPropertyValue('description')).toBe(
      'Hello & welcome,\n\n- one; two\n- three\n\nSee the docs (https://docs.example/x).',
    );
    const alt = v.getFirstProperty('x-alt-desc')!;
    expect(alt.getParameter('fmttype')).toBe('text/html');
    expect(alt.getFirstValue()).toBe(`<html><body>${html}</body></html>`);
  });

  it('derives yearly rules for the VTIMEZONE observances, bounded where the rules changed', () => {
    const ics = renderIcs(
      [
        sampleEvent({ uuid: 'p' }),
        sampleEvent({ uuid: 'k', timezone: 'Asia/Kolkata' }),
        sampleEvent({ uuid: 'n', timezone: 'America/New_York', beginsOn: new Date('2006-06-01T12:00:00Z'), endsOn: null }),
      ],
      calendar,
    );
    const zones = new Map(
      parse(ics)
        .root.getAllSubcomponents('vtimezone')
        .map((z) => [z.getFirstPropertyValue('tzid'), z]),
    );
    const paris = zones.get('Europe/Paris')!;
    const daylight = paris.getAllSubcomponents('daylight');
    const standard = paris.getAllSubcomponents('standard');
    expect(daylight).toHaveLength(1);
    expect(standard).toHaveLength(1);
    expect(daylight[0].getFirstPropertyValue('tzoffsetfrom')!.toString()).toBe('+01:00');
    expect(daylight[0].getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+02:00');
    expect(daylight[0].getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(standard[0].getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    // A zone without DST: one fixed observance.
    const kolkata = zones.get('Asia/Kolkata')!;
    expect(kolkata.getAllSubcomponents('daylight')).toHaveLength(0);
    expect(kolkata.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+05:30');
    // New York, scanned 2005-2007: the pre-2007 rule ends with UNTIL; 2007 is a single onset.
    const daylightNy = zones.get('America/New_York')!.getAllSubcomponents('daylight');
    expect(daylightNy.map((d) => d.getFirstPropertyValue('rrule')?.toString() ?? null)).toEqual([
      'FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z',
      null,
    ]);
    expect(daylightNy.map((d) => String(d.getFirstPropertyValue('dtstart')))).toEqual(['2005-04-03T02:00:00', '2007-03-11T02:00:00']);
  });

  it('round-trips commas, semicolons, backslashes and newlines in TEXT values', () => {
    const title = 'Dinner, drinks; and\\more\nsecond line';
    const v = parse(renderIcs([sampleEvent({ title, tags: ['a,b', 'c;d'] })], calendar)).events[0];
    expect(v.getFirstPropertyValue('summary')).toBe(title);
    expect(v.getFirstProperty('categories')!.getValues()).toEqual(['a,b', 'c;d']);
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const title = 'Fête de l’été 🎉 — ünïcödé ' + '日本語のイベント'.repeat(10) + ' 🎉🎉🎉 ' + 'x'.repeat(200);
    const ics = renderIcs([sampleEvent({ title })], calendar);
    const bytes = Buffer.from(ics, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    let longLines = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        const line = bytes.subarray(start, i);
        expect(line.length).toBeLessThanOrEqual(75);
        // Each physical line is valid UTF-8 on its own: no character was cut in two.
        expect(() => decoder.decode(line)).not.toThrow();
        if (line.length > 70) longLines++;
        start = i + 2;
      }
    }
    expect(longLines).toBeGreaterThan(3);
    expect(parse(ics).events[0].getFirstPropertyValue('summary')).toBe(title);
  });

  it('foldLine leaves short lines alone and counts the continuation space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine('X:' + 'é'.repeat(100)).split('\r\n');
    expect(folded.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe('X:' + 'é'.repeat(100));
  });

  it('puts several events in one calendar, each with its own UID', () => {
    const events = ['a', 'b', 'c'].map((uuid, i) => sampleEvent({ uuid, url: `https://convene.test/events/${uuid}`, title: `Event ${i}` }));
    const { root, events: vevents } = parse(renderIcs(events, calendar));
    expect(vevents.map((v) => v.getFirstPropertyValue('uid'))).toEqual(['a@convene.test', 'b@convene.test', 'c@convene.test']);
    expect(vevents.map((v) => v.getFirstPropertyValue('summary'))).toEqual(['Event 0', 'Event 1', 'Event 2']);
    expect(root.getAllSubcomponents('vtimezone')).toHaveLength(1);
  });

  it('renders an empty calendar', () => {
    const { root, events } = parse(renderIcs([], calendar));
    expect(events).toHaveLength(0);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Convene Test events');
  });
});
