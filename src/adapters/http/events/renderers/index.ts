// Pure renderers of events: iCalendar, Atom and the HTML share page.
export { renderIcs, ICS_CONTENT_TYPE, type IcsCalendar, type IcsOptions } from './ics.js';
export { renderAtom, ATOM_CONTENT_TYPE, type AtomFeed } from './atom.js';
export { renderEventPage, renderNotFoundPage, HTML_CONTENT_TYPE, EVENT_PAGE_CSP } from './event-page.js';
