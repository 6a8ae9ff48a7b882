// Pure renderers of events as calendars: iCalendar and Atom, served by the HTTP feeds and attached to emails.
export { renderIcs, ICS_CONTENT_TYPE, type IcsCalendar, type IcsOptions } from './ics.js';
export { renderAtom, ATOM_CONTENT_TYPE, type AtomFeed } from './atom.js';
