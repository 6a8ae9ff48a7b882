// The HTML page of an identity (`/@name`): who it is and its upcoming public events, with
// OpenGraph and Twitter card tags for link previews. No script; every text escaped.
import { createHash } from 'node:crypto';
import type { PersonView } from '../../activitypub/activity-streams.js';
import type { CalendarEvent, InstanceInfo } from '../../calendar/calendar-event.js';
import { escapeHtml, htmlToPlainText, isWebUrl, truncateText } from '../../shared/text.js';
import { describeWhen } from '../../calendar/when.js';

const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--card:#f6f8fa;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#161b22;--accent:#58a6ff}}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem 1.25rem}
a{color:var(--accent)}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0 0;overflow-wrap:anywhere}
.handle{color:var(--muted);margin:0 0 1rem}
.avatar{width:6rem;height:6rem;border-radius:50%;object-fit:cover}
.summary{white-space:pre-line;overflow-wrap:anywhere}
.events{list-style:none;padding:0}
.events li{background:var(--card);padding:.75rem 1rem;border-radius:.5rem;margin:.5rem 0}
.events a{font-weight:600}
.when{display:block;color:var(--muted);font-size:.9rem}
footer{color:var(--muted);font-size:.875rem}
`.trim();

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');
const META_CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src 'self'; base-uri 'none'; form-action 'none'`;
export const PROFILE_PAGE_CSP = `${META_CSP}; frame-ancestors 'none'`;

const meta = (attr: 'name' | 'property', key: string, content: string): string =>
  `<meta ${attr}="${key}" content="${escapeHtml(content)}">`;

function sameOrigin(url: string, base: string): boolean {
  try {
    return new URL(url).origin === new URL(base).origin;
  } catch {
    return false;
  }
}

export function renderProfilePage(
  person: PersonView,
  events: CalendarEvent[],
  instance: InstanceInfo,
  links: { ics: string; atom: string },
): string {
  const displayName = person.name || person.preferredUsername;
  const handle = `@${person.preferredUsername}@${hostOf(instance.baseUrl)}`;
  const summary = htmlToPlainText(person.summary);
  const description = truncateText(summary || `${displayName} on ${instance.name}`, 200);
  const avatar = person.avatar && isWebUrl(person.avatar.url) ? person.avatar.url : null;
  const home = isWebUrl(instance.baseUrl) ? instance.baseUrl : '/';

  const head = [
    meta('name', 'description', description),
    `<link rel="canonical" href="${escapeHtml(person.url)}">`,
    `<link rel="alternate" type="application/activity+json" href="${escapeHtml(person.url)}">`,
    `<link rel="alternate" type="application/atom+xml" href="${escapeHtml(links.atom)}" title="${escapeHtml(`Events of ${displayName}`)}">`,
    `<link rel="alternate" type="text/calendar" href="${escapeHtml(links.ics)}" title="${escapeHtml(`Events of ${displayName} (iCalendar)`)}">`,
    meta('property', 'og:type', 'profile'),
    meta('property', 'og:title', `${displayName} (${handle})`),
    meta('property', 'og:description', description),
    meta('property', 'og:url', person.url),
    meta('property', 'og:site_name', instance.name),
    meta('property', 'profile:username', person.preferredUsername),
    avatar ? meta('property', 'og:image', avatar) : '',
    meta('name', 'twitter:card', 'summary'),
    meta('name', 'twitter:title', `${displayName} (${handle})`),
    meta('name', 'twitter:description', description),
    avatar ? meta('name', 'twitter:image', avatar) : '',
  ].filter(Boolean);

  const items = events.map((event) => {
    const title = event.status === 'CANCELLED' ? `[Cancelled] ${event.title}` : event.title;
    return `<li><a href="${escapeHtml(event.url)}">${escapeHtml(title)}</a><span class="when">${escapeHtml(describeWhen(event))}</span></li>`;
  });
  const body = [
    '<article>',
    avatar && sameOrigin(avatar, instance.baseUrl) ? `<img class="avatar" src="${escapeHtml(avatar)}" alt="">` : '',
    `<h1>${escapeHtml(displayName)}</h1>`,
    `<p class="handle">${escapeHtml(handle)}</p>`,
    summary ? `<p class="summary">${escapeHtml(summary)}</p>` : '',
    '<section aria-label="Upcoming events">',
    '<h2>Upcoming events</h2>',
    items.length > 0 ? `<ul class="events">${items.join('\n')}</ul>` : '<p>No upcoming public events.</p>',
    `<p><a href="${escapeHtml(links.ics)}" type="text/calendar">iCalendar feed</a> · <a href="${escapeHtml(links.atom)}" type="application/atom+xml">Atom feed</a></p>`,
    '</section>',
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_CSP)}">`,
    '<meta name="referrer" content="strict-origin-when-cross-origin">',
    `<title>${escapeHtml(`${displayName} (${handle}) · ${instance.name}`)}</title>`,
    ...head,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><a href="${escapeHtml(home)}">${escapeHtml(instance.name)}</a></header>`,
    `<main id="main">${body}</main>`,
    `<footer><p>On <a href="${escapeHtml(home)}">${escapeHtml(instance.name)}</a>.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
