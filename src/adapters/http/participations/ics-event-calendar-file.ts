import type { Event } from '../../../domain/events/index.js';
import type { Person } from '../../../domain/identities/index.js';
import { EventCalendarFile } from '../../../domain/participations/index.js';
import type { EmailAttachment } from '../../../domain/shared/index.js';
import type { CalendarEvent } from '../events/calendar-event.js';
import { ICS_CONTENT_TYPE, renderIcs } from '../events/renderers/index.js';

/** The flat view the ICS renderer reads. */
export function toCalendarEvent(event: Event, organizer: Person | null): CalendarEvent {
  const s = event.snapshot();
  const o = organizer?.snapshot();
  return {
    uuid: s.uuid,
    url: s.url,
    title: s.title,
    descriptionHtml: s.description,
    beginsOn: s.beginsOn,
    endsOn: s.endsOn,
    timezone: s.options.timezone ?? s.physicalAddress?.timezone ?? null,
    status: s.status,
    sequence: s.sequence,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    organizer: { name: o?.name ?? '', preferredUsername: o?.preferredUsername ?? '', url: o?.url ?? s.url },
    address: s.physicalAddress,
    onlineAddress: s.onlineAddress,
    pictureUrl: null,
    tags: s.tags,
    category: s.category,
    language: s.language,
    isPublic: s.visibility === 'PUBLIC',
  };
}

/** Participation emails carry the event as `event.ics`, the same file as `/events/:uuid/export/ics`. */
export class IcsEventCalendarFile extends EventCalendarFile {
  constructor(private readonly instance: { name: string; baseUrl: string }) {
    super();
  }

  attachmentFor(event: Event, organizer: Person | null): EmailAttachment {
    const content = renderIcs([toCalendarEvent(event, organizer)], { name: this.instance.name, url: this.instance.baseUrl });
    return { filename: `${event.snapshot().slug || 'event'}.ics`, contentType: ICS_CONTENT_TYPE, content };
  }
}
