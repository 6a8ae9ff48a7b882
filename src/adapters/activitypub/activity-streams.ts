// Minimal ActivityStreams 2.0 documents for content negotiation on `/events/:uuid` and `/@:name`.
// Federation (signatures, inboxes, collections) comes later; these are correct as far as they go.
import type { CalendarEvent } from '../calendar/calendar-event.js';
import { addressLines } from '../calendar/ics.js';
import { escapeHtml, htmlToPlainText } from '../shared/text.js';

const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';
const PUBLIC = 'https://www.w3.org/ns/activitystreams#Public';

export function eventToActivityJson(event: CalendarEvent, visibility: 'PUBLIC' | 'UNLISTED'): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    '@context': AS_CONTEXT,
    id: event.url,
    type: 'Event',
    name: event.title,
    content: event.descriptionHtml,
    mediaType: 'text/html',
    startTime: event.beginsOn.toISOString(),
  };
  if (event.endsOn && event.endsOn.getTime() > event.beginsOn.getTime()) doc.endTime = event.endsOn.toISOString();
  const place = addressLines(event.address);
  const geom = event.address?.geom ?? null;
  if (place.length > 0 || geom) {
    const location: Record<string, unknown> = { type: 'Place', name: place.join(', ') || event.title };
    if (geom) {
      location.latitude = geom.lat;
      location.longitude = geom.lon;
    }
    doc.location = location;
  }
  doc.attributedTo = event.organizer.url;
  doc.url = event.url;
  doc.published = event.createdAt.toISOString();
  doc.updated = event.updatedAt.toISOString();
  // Listed events are addressed to the public; unlisted ones only copy it (AS2 "unlisted").
  if (visibility === 'PUBLIC') doc.to = [PUBLIC];
  else doc.cc = [PUBLIC];
  if (event.pictureUrl) doc.image = { type: 'Image', url: event.pictureUrl };
  if (event.tags.length > 0) doc.tag = event.tags.map((t) => ({ type: 'Hashtag', name: `#${t}` }));
  return doc;
}

export interface PersonView {
  url: string;
  preferredUsername: string;
  name: string;
  summary: string;
  avatar: { url: string; contentType: string } | null;
}

/**
 * A bio as AS2 HTML: the plain text every page shows (htmlToPlainText), escaped, a paragraph per
 * paragraph. The stored bio is whatever its owner typed; served raw, a `<script>` in it would run
 * in any remote client that renders actor summaries (issue 12.5).
 */
export function summaryHtml(summary: string): string {
  const text = htmlToPlainText(summary).trim();
  if (!text) return '';
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

export function personToActivityJson(person: PersonView, baseUrl: string): Record<string, unknown> {
  const actorBase = `${baseUrl}/@${person.preferredUsername}`;
  const doc: Record<string, unknown> = {
    '@context': AS_CONTEXT,
    id: person.url,
    type: 'Person',
    preferredUsername: person.preferredUsername,
    name: person.name || person.preferredUsername,
    summary: summaryHtml(person.summary),
    url: person.url,
    inbox: `${actorBase}/inbox`,
    outbox: `${actorBase}/outbox`,
  };
  if (person.avatar) doc.icon = { type: 'Image', mediaType: person.avatar.contentType, url: person.avatar.url };
  return doc;
}
