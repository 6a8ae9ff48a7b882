import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import type { CalendarEvent } from '../../calendar/calendar-event.js';
import { renderEventPage, renderNotFoundPage } from './event-page.js';
import { instance, sampleEvent } from '../../calendar/sample-event.fixture.js';

const links = { ics: 'https://convene.test/events/0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c/export/ics' };

const decode = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** All `<meta property|name=… content=…>` of a page, decoded. */
function metas(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)) out[m[1]] = decode(m[2]);
  return out;
}

function jsonLd(html: string): Record<string, any> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0][1]);
}

const page = (overrides: Partial<CalendarEvent> = {}): string => renderEventPage(sampleEvent(overrides), instance, links);

describe('renderEventPage', () => {
  it('is a complete HTML5 document in the event language', () => {
    const html = page();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Monthly meetup · Convene Test</title>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(page({ language: 'und' })).toContain('<html lang="en">');
    expect(page({ language: null })).toContain('<html lang="en">');
  });

  it('loads nothing and runs nothing: no external resources, no executable script', () => {
    const html = page();
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    // The only image is the banner served by the instance itself.
    expect([...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual(['https://convene.test/media/banner.jpg']);
    expect(page({ pictureUrl: 'https://elsewhere.example/pic.jpg' })).not.toContain('<img');
  });

  it('allows its own inline style by hash in its Content-Security-Policy', () => {
    const html = page();
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const csp = decode(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]);
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(csp).toContain("default-src 'none'");
  });

  it('has the OpenGraph and Twitter card tags of a share preview', () => {
    const m = metas(page());
    expect(m['og:type']).toBe('website');
    expect(m['og:title']).toBe('Monthly meetup');
    expect(m['og:description']).toBe('Come and meet us. Bring snacks & drinks.');
    expect(m['og:url']).toBe('https://convene.test/events/0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c');
    expect(m['og:image']).toBe('https://convene.test/media/banner.jpg');
    expect(m['og:site_name']).toBe('Convene Test');
    expect(m['twitter:card']).toBe('summary_large_image');
    expect(m['twitter:image']).toBe('https://convene.test/media/banner.jpg');
    expect(m.description).toBe('Come and meet us. Bring snacks & drinks.');
    const noPicture = metas(page({ pictureUrl: null }));
    expect(noPicture['twitter:card']).toBe('summary');
    expect(noPicture['og:image']).toBeUndefined();
  });

  it('keeps the meta description plain and at most 200 characters', () => {
    const long = `<p>${'word '.repeat(100)}</p><p><b>bold</b></p>`;
    const d = metas(page({ descriptionHtml: long })).description;
    expect(Array.from(d).length).toBeLessThanOrEqual(200);
    expect(d.endsWith('…')).toBe(true);
    expect(d).not.toContain('<');
    // Without a description, the date and place describe the event.
    expect(metas(page({ descriptionHtml: '' })).description).toContain('Europe/Paris');
  });

  it('links the calendar export, the ActivityPub object and the canonical URL', () => {
    const html = page();
    expect(html).toContain(`<link rel="alternate" type="text/calendar" href="${links.ics}"`);
    expect(html).toContain(
      '<link rel="alternate" type="application/activity+json" href="https://convene.test/events/0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c">',
    );
    expect(html).toContain('<link rel="canonical" href="https://convene.test/events/0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c">');
    expect(html).toMatch(new RegExp(`<a href="${links.ics}"[^>]*>Add to my calendar</a>`));
    expect(html).toContain('<a href="https://convene.test/events/0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c">Open in Convene Test</a>');
  });

  it('asks robots not to index events that are not public', () => {
    expect(page({ isPublic: false })).toContain('<meta name="robots" content="noindex">');
    expect(page({ isPublic: true })).not.toContain('noindex');
  });

  it('carries schema.org Event JSON-LD with dates in the event time zone', () => {
    const ld = jsonLd(page());
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe('Monthly meetup');
    expect(ld.startDate).toBe('2025-01-15T19:00:00+01:00');
    expect(ld.endDate).toBe('2025-01-15T21:00:00+01:00');
    expect(new Date(ld.startDate).toISOString()).toBe('2025-01-15T18:00:00.000Z');
    expect(ld.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld.location).toEqual({
      '@type': 'Place',
      name: 'La Maison des Associations',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '12 rue de la Paix',
        addressLocality: 'Paris',
        postalCode: '75002',
        addressRegion: 'Île-de-France',
        addressCountry: 'France',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 48.8686, longitude: 2.331 },
    });
    expect(ld.organizer).toEqual({ '@type': 'Person', name: 'Alice Martin', url: 'https://convene.test/@alice' });
    expect(ld.image).toEqual(['https://convene.test/media/banner.jpg']);
    expect(ld.url).toBe('https://convene.test/events/0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c');
    expect(ld.description).toBe('Come and meet us.\n\nBring snacks & drinks.');
  });

  it('uses the right offsets across zones and DST', () => {
    expect(jsonLd(page({ beginsOn: new Date('2025-07-15T18:00:00Z'), endsOn: null })).startDate).toBe('2025-07-15T20:00:00+02:00');
    expect(jsonLd(page({ timezone: 'Asia/Kolkata', beginsOn: new Date('2025-03-10T04:30:00Z') })).startDate).toBe(
      '2025-03-10T10:00:00+05:30',
    );
    expect(jsonLd(page({ timezone: 'America/New_York', beginsOn: new Date('2025-07-04T23:00:00Z') })).startDate).toBe(
      '2025-07-04T19:00:00-04:00',
    );
    expect(jsonLd(page({ timezone: null, beginsOn: new Date('2025-07-04T23:00:00Z') })).startDate).toBe('2025-07-04T23:00:00+00:00');
    expect(jsonLd(page({ endsOn: null })).endDate).toBeUndefined();
  });

  it('maps status and attendance mode', () => {
    expect(jsonLd(page({ status: 'CANCELLED' })).eventStatus).toBe('https://schema.org/EventCancelled');
    expect(jsonLd(page({ status: 'TENTATIVE' })).eventStatus).toBe('https://schema.org/EventScheduled');
    const online = jsonLd(page({ address: null, onlineAddress: 'https://meet.example/r' }));
    expect(online.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: 'https://meet.example/r' });
    const mixed = jsonLd(page({ onlineAddress: 'https://meet.example/r' }));
    expect(mixed.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location.map((l: { '@type': string }) => l['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(page({ status: 'CANCELLED' })).toContain('<p class="status">Cancelled</p>');
  });

  it('escapes a hostile title everywhere and keeps the JSON-LD unbreakable', () => {
    const title = '</title><script>alert(1)</script>"\'&';
    const html = page({
      title,
      tags: ['<b>tag</b>'],
      organizer: { name: '<img src=x onerror=alert(1)>', preferredUsername: 'x"y', url: 'https://convene.test/@x"onmouseover="alert(1)' },
    });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('</title><script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('"onmouseover="');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp; · Convene Test</title>');
    expect(html).toContain('<h1>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;</h1>');
    expect(html).toContain('<li>#&lt;b&gt;tag&lt;/b&gt;</li>');
    expect(metas(html)['og:title']).toBe(title);
    // The JSON-LD script holds no `<` at all, yet parses back to the exact title.
    const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(script).not.toContain('<');
    expect(JSON.parse(script).name).toBe(title);
    expect(JSON.parse(script).organizer.name).toBe('<img src=x onerror=alert(1)>');
  });

  it('never links a non-web online address', () => {
    const html = page({ onlineAddress: 'javascript:alert(1)' });
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('javascript:alert(1)');
  });

  it('shows date and time in the event time zone, with the zone name, place, organizer and description', () => {
    const html = page();
    expect(html).toContain('<time datetime="2025-01-15T19:00:00+01:00">Wednesday, January 15, 2025 at 7:00 PM GMT+1</time>');
    expect(html).toContain('<time datetime="2025-01-15T21:00:00+01:00">9:00 PM GMT+1</time>');
    expect(html).toContain('(Europe/Paris)');
    expect(html).toContain('<address>La Maison des Associations<br>12 rue de la Paix<br>75002 Paris<br>Île-de-France<br>France</address>');
    expect(html).toContain('<a href="https://convene.test/@alice">Alice Martin</a>');
    // Sanitized upstream, the description HTML is inserted as is.
    expect(html).toContain('<p>Come and <strong>meet</strong> us.</p><p>Bring snacks &amp; drinks.</p>');
    expect(html).toContain('<li>#meetup</li><li>#open source</li>');
  });
});

describe('renderNotFoundPage', () => {
  it('is a generic, non-indexable 404 page that reveals nothing', () => {
    const html = renderNotFoundPage(instance);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<title>Page not found · Convene Test</title>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="https://convene.test">Go to Convene Test</a>');
    expect(html).not.toContain('og:');
    expect(html).not.toContain('ld+json');
  });
});
