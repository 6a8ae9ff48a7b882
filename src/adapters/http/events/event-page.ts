// The HTML page of an event for browsers and link-preview bots: readable content, OpenGraph and
// Twitter card tags, and schema.org Event JSON-LD. No script, no external stylesheet or font.
import { createHash } from 'node:crypto';
import type { CalendarEvent, InstanceInfo } from '../../calendar/calendar-event.js';
import { addressLines } from '../../calendar/ics.js';
import { escapeHtml, htmlToPlainText, isWebUrl, truncateText } from '../../shared/text.js';
import { effectiveZone, isoWithOffset } from '../../calendar/time-zone.js';
import { whenParts } from '../../calendar/when.js';

export const HTML_CONTENT_TYPE = 'text/html; charset=utf-8';

const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--card:#f6f8fa;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--accent:#58a6ff}}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}
header a{font-weight:600;text-decoration:none}
a{color:var(--accent)}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0 1rem;overflow-wrap:anywhere}
.banner{width:100%;height:auto;border-radius:.5rem}
.status{display:inline-block;padding:.1rem .6rem;border-radius:1rem;background:#b42318;color:#fff;font-weight:600}
.status.tentative{background:#9a6700}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;background:var(--card);padding:1rem;border-radius:.5rem}
dt{font-weight:600;color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
.description{margin:1.5rem 0;overflow-wrap:anywhere}.description img{max-width:100%;height:auto}
.tags{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.tags li{background:var(--card);padding:.1rem .6rem;border-radius:1rem}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.5rem 0}
.actions a{padding:.5rem 1rem;border:1px solid var(--accent);border-radius:.4rem;text-decoration:none;font-weight:600}
footer{color:var(--muted);font-size:.875rem}
`.trim();

// The page has no scripts; the policy says so and allows only our inline style (by hash) and
// same-origin images. The page carries it in a <meta>; routes may also send EVENT_PAGE_CSP as a
// header (frame-ancestors only works there).
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const META_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; base-uri 'none'; form-action 'none'`;
export const EVENT_PAGE_CSP = `${META_CSP}; frame-ancestors 'none'`;

const DESCRIPTION_MAX = 200;

function htmlLang(language: string | null): string {
  if (!language || language === 'und') return 'en';
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** JSON for a `<script>` element: `<`, `>`, `&` and line separators escaped so nothing can close it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

function attendanceMode(event: CalendarEvent): 'Offline' | 'Online' | 'Mixed' {
  const physical = addressLines(event.address).length > 0 || !!event.address?.geom;
  const online = !!event.onlineAddress?.trim();
  if (physical && online) return 'Mixed';
  return online ? 'Online' : 'Offline';
}

function jsonLd(event: CalendarEvent, plain: string): Record<string, unknown> {
  const zone = effectiveZone(event.timezone);
  const mode = attendanceMode(event);
  const locations: Record<string, unknown>[] = [];
  const a = event.address;
  if (a && (addressLines(a).length > 0 || a.geom)) {
    const postal: Record<string, unknown> = { '@type': 'PostalAddress' };
    if (a.street) postal.streetAddress = a.street;
    if (a.locality) postal.addressLocality = a.locality;
    if (a.postalCode) postal.postalCode = a.postalCode;
    if (a.region) postal.addressRegion = a.region;
    if (a.country) postal.addressCountry = a.country;
    const place: Record<string, unknown> = {
      '@type': 'Place',
      name: a.description || a.locality || addressLines(a)[0] || event.title,
      address: postal,
    };
    if (a.geom) place.geo = { '@type': 'GeoCoordinates', latitude: a.geom.lat, longitude: a.geom.lon };
    locations.push(place);
  }
  if (event.onlineAddress?.trim()) locations.push({ '@type': 'VirtualLocation', url: event.onlineAddress.trim() });

  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    url: event.url,
    startDate: isoWithOffset(event.beginsOn, zone),
  };
  if (event.endsOn && event.endsOn.getTime() > event.beginsOn.getTime()) ld.endDate = isoWithOffset(event.endsOn, zone);
  ld.eventStatus = event.status === 'CANCELLED' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled';
  ld.eventAttendanceMode = `https://schema.org/${mode}EventAttendanceMode`;
  if (locations.length === 1) ld.location = locations[0];
  else if (locations.length > 1) ld.location = locations;
  ld.organizer = { '@type': 'Person', name: event.organizer.name || event.organizer.preferredUsername, url: event.organizer.url };
  if (event.pictureUrl) ld.image = [event.pictureUrl];
  if (plain) ld.description = plain;
  if (event.tags.length > 0) ld.keywords = event.tags.join(', ');
  if (event.language && event.language !== 'und') ld.inLanguage = htmlLang(event.language);
  return ld;
}

function layout(opts: { lang: string; title: string; head: string[]; body: string; instance: InstanceInfo }): string {
  const home = isWebUrl(opts.instance.baseUrl) ? opts.instance.baseUrl : '/';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(opts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_CSP)}">`,
    '<meta name="referrer" content="strict-origin-when-cross-origin">',
    `<title>${escapeHtml(opts.title)}</title>`,
    ...opts.head,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><a href="${escapeHtml(home)}">${escapeHtml(opts.instance.name)}</a></header>`,
    `<main id="main">${opts.body}</main>`,
    `<footer><p>Published on <a href="${escapeHtml(home)}">${escapeHtml(opts.instance.name)}</a>.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const meta = (attr: 'name' | 'property', key: string, content: string): string =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}">`;

export function renderEventPage(event: CalendarEvent, instance: InstanceInfo, links: { ics: string }): string {
  const zone = effectiveZone(event.timezone);
  const plain = htmlToPlainText(event.descriptionHtml);
  const when = whenParts(event);
  const place = addressLines(event.address);
  const online = event.onlineAddress?.trim() || null;
  const summaryLine = `${when.start} (${when.zoneName})${place.length ? ` · ${place.join(', ')}` : ''}`;
  const description = truncateText(plain || summaryLine, DESCRIPTION_MAX);
  const picture = isWebUrl(event.pictureUrl) ? event.pictureUrl : null;
  const organizerName = event.organizer.name || event.organizer.preferredUsername;

  const head = [
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(event.url)}">`,
    `<link rel="alternate" type="text/calendar" href="${escapeHtml(links.ics)}" title="${escapeHtml(`${event.title} (iCalendar)`)}">`,
    `<link rel="alternate" type="application/activity+json" href="${escapeHtml(event.url)}">`,
    event.isPublic ? '' : '<meta name="robots" content="noindex">',
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', event.title),
    meta('property', 'og:description', description),
    meta('property', 'og:url', event.url),
    meta('property', 'og:site_name', instance.name),
    picture ? meta('property', 'og:image', picture) : '',
    picture ? meta('property', 'og:image:alt', event.title) : '',
    meta('name', 'twitter:card', picture ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', event.title),
    meta('name', 'twitter:description', description),
    picture ? meta('name', 'twitter:image', picture) : '',
    `<script type="application/ld+json">${scriptSafeJson(jsonLd(event, plain))}</script>`,
  ].filter(Boolean);

  const statusBadge =
    event.status === 'CANCELLED'
      ? '<p class="status">Cancelled</p>'
      : event.status === 'TENTATIVE'
        ? '<p class="status tentative">To be confirmed</p>'
        : '';
  const whenHtml =
    `<time datetime="${escapeHtml(isoWithOffset(event.beginsOn, zone))}">${escapeHtml(when.start)}</time>` +
    (when.end && event.endsOn
      ? ` – <time datetime="${escapeHtml(isoWithOffset(event.endsOn, zone))}">${escapeHtml(when.end)}</time>`
      : '') +
    ` <span class="zone">(${escapeHtml(when.zoneName)})</span>`;
  const whereParts: string[] = [];
  if (place.length) whereParts.push(`<address>${place.map(escapeHtml).join('<br>')}</address>`);
  if (online) {
    whereParts.push(
      isWebUrl(online) ? `<a href="${escapeHtml(online)}" rel="nofollow noopener">${escapeHtml(online)}</a>` : escapeHtml(online),
    );
  }
  const organizer = isWebUrl(event.organizer.url)
    ? `<a href="${escapeHtml(event.organizer.url)}">${escapeHtml(organizerName)}</a>`
    : escapeHtml(organizerName);
  // Only pictures served by this instance: the page loads nothing from elsewhere.
  const banner = picture && sameOrigin(picture, instance.baseUrl) ? `<img class="banner" src="${escapeHtml(picture)}" alt="">` : '';
  const tags = event.tags.filter((t) => t.trim());

  const body = [
    '<article>',
    banner,
    statusBadge,
    `<h1>${escapeHtml(event.title)}</h1>`,
    '<dl>',
    `<dt>When</dt><dd>${whenHtml}</dd>`,
    whereParts.length ? `<dt>Where</dt><dd>${whereParts.join('<br>')}</dd>` : '',
    `<dt>Organized by</dt><dd>${organizer} <span class="handle">@${escapeHtml(event.organizer.preferredUsername)}</span></dd>`,
    '</dl>',
    event.descriptionHtml.trim() ? `<section class="description" aria-label="Description">${event.descriptionHtml}</section>` : '',
    tags.length ? `<ul class="tags" aria-label="Tags">${tags.map((t) => `<li>#${escapeHtml(t.trim())}</li>`).join('')}</ul>` : '',
    '<p class="actions">',
    `<a href="${escapeHtml(links.ics)}" type="text/calendar" download>Add to my calendar</a>`,
    `<a href="${escapeHtml(event.url)}">Open in ${escapeHtml(instance.name)}</a>`,
    '</p>',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');

  return layout({ lang: htmlLang(event.language), title: `${event.title} · ${instance.name}`, head, body, instance });
}

/** A plain 404 page: the same for missing, private and draft events, so existence is not revealed. */
export function renderNotFoundPage(instance: InstanceInfo): string {
  const home = isWebUrl(instance.baseUrl) ? instance.baseUrl : '/';
  const body = [
    '<article>',
    '<h1>Page not found</h1>',
    '<p>This page does not exist, or you are not allowed to see it.</p>',
    `<p class="actions"><a href="${escapeHtml(home)}">Go to ${escapeHtml(instance.name)}</a></p>`,
    '</article>',
  ].join('\n');
  return layout({
    lang: 'en',
    title: `Page not found · ${instance.name}`,
    head: ['<meta name="robots" content="noindex">'],
    body,
    instance,
  });
}
