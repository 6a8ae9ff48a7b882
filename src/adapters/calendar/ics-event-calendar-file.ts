import type { Event } from '../../domain/events/index.js';
import type { Person } from '../../domain/identities/index.js';
import { EventCalendarFile } from '../../domain/participations/index.js';
import type { EmailAttachment } from '../../domain/shared/index.js';
import { toCalendarView } from './calendar-views.js';
import { ICS_CONTENT_TYPE, renderIcs } from './ics.js';

/** Participation emails carry the event as `event.ics`, the same file as `/events/:uuid/export/ics`. */
export class IcsEventCalendarFile extends EventCalendarFile {
  constructor(private readonly instance: { name: string; baseUrl: string }) {
    super();
  }

  attachmentFor(event: Event, organizer: Person | null): EmailAttachment {
    const content = renderIcs([toCalendarView(event, organizer, null)], { name: this.instance.name, url: this.instance.baseUrl });
    return { filename: `${event.snapshot().slug || 'event'}.ics`, contentType: ICS_CONTENT_TYPE, content };
  }
}
