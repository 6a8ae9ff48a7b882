// Atom 1.0 (RFC 4287) feed of events. Every text goes through escapeXml, which also drops the
// characters XML cannot carry, so the document stays well-formed whatever the events hold.
import type { CalendarEvent, InstanceInfo } from './calendar-event.js';
import { addressLines } from './ics.js';
import { escapeXml, htmlToPlainText, isWebUrl, truncateText } from '../shared/text.js';
import { describeWhen } from './when.js';

export interface AtomFeed {
  title: string;
  /** A permanent IRI identifying the feed (usually its URL). */
  id: string;
  selfUrl: string;
  /** The HTML page the feed mirrors (profile, instance home, …). */
  alternateUrl: string;
  updated: Date;
}

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8';

const SUMMARY_MAX = 500;

function entry(event: CalendarEvent): string {
  const when = describeWhen(event);
  const place = addressLines(event.address).join(', ') || event.onlineAddress?.trim() || '';
  const plain = htmlToPlainText(event.descriptionHtml);
  // Readers show the summary in lists: say when and where first, then the description.
  const summary = [when, place, truncateText(plain, SUMMARY_MAX)].filter(Boolean).join(' — ');
  const status = event.status === 'CANCELLED' ? '<p><strong>Cancelled</strong></p>' : '';
  const header = `${status}<p>${escapeXml(when)}${place ? `<br/>${escapeXml(place)}` : ''}</p>`;
  const parts = [
    '  <entry>',
    `    <id>${escapeXml(event.url)}</id>`,
    `    <title type="text">${escapeXml(event.status === 'CANCELLED' ? `[Cancelled] ${event.title}` : event.title)}</title>`,
    `    <updated>${event.updatedAt.toISOString()}</updated>`,
    `    <published>${event.createdAt.toISOString()}</published>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(event.url)}"/>`,
    '    <author>',
    `      <name>${escapeXml(event.organizer.name || event.organizer.preferredUsername)}</name>`,
    isWebUrl(event.organizer.url) ? `      <uri>${escapeXml(event.organizer.url)}</uri>` : '',
    '    </author>',
    `    <summary type="text">${escapeXml(summary)}</summary>`,
    // type="html": the markup is itself escaped once more as text of the element.
    `    <content type="html">${escapeXml(header + event.descriptionHtml)}</content>`,
    ...event.tags.filter((t) => t.trim()).map((t) => `    <category term="${escapeXml(t.trim())}"/>`),
    isWebUrl(event.pictureUrl) ? `    <link rel="enclosure" href="${escapeXml(event.pictureUrl)}"/>` : '',
    '  </entry>',
  ];
  return parts.filter(Boolean).join('\n');
}

export function renderAtom(feed: AtomFeed, events: CalendarEvent[], instance: InstanceInfo): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
    // Entries all carry their author; the feed-level one keeps an empty feed valid too.
    `  <author><name>${escapeXml(instance.name)}</name>${isWebUrl(instance.baseUrl) ? `<uri>${escapeXml(instance.baseUrl)}</uri>` : ''}</author>`,
    `  <generator uri="${escapeXml(instance.baseUrl)}">${escapeXml(instance.name)}</generator>`,
    ...events.map(entry),
    '</feed>',
  ];
  return lines.join('\n') + '\n';
}
