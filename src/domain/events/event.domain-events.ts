import type { NotableField } from './event.js';

/** What an event records; names are job names. */
export type EventDomainEvent =
  | { name: 'event.created'; payload: { eventId: string; draft: boolean } }
  /** Created published, or a draft published. */
  | { name: 'event.published'; payload: { eventId: string } }
  | { name: 'event.cancelled'; payload: { eventId: string } }
  /** A published event's edit, with the fields participants are told about. */
  | { name: 'event.updated'; payload: { eventId: string; changed: NotableField[] } }
  | { name: 'event.deleted'; payload: { eventId: string; uuid: string; url: string; draft: boolean } };
