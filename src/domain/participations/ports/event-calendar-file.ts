import type { Event } from '../../events/index.js';
import type { Person } from '../../identities/index.js';
import type { EmailAttachment } from '../../shared/index.js';

/** The event as a calendar file (.ics) attached to participation emails. */
export abstract class EventCalendarFile {
  abstract attachmentFor(event: Event, organizer: Person | null): EmailAttachment;
}
