// Builds the flat `CalendarEvent` views the renderers read, for many events at once: organizers
// in one query, pictures in one query, whatever the number of events.
import type { Event } from '../../domain/events/index.js';
import type { Person, PersonRepository } from '../../domain/identities/index.js';
import type { Media, MediaRepository, MediaStorage } from '../../domain/media/index.js';
import type { CalendarEvent } from './calendar-event.js';

export function toCalendarView(event: Event, organizer: Person | null, pictureUrl: string | null): CalendarEvent {
  const s = event.snapshot();
  const o = organizer?.snapshot();
  const a = s.physicalAddress;
  return {
    uuid: s.uuid,
    url: s.url,
    title: s.title,
    descriptionHtml: s.description,
    beginsOn: s.beginsOn,
    endsOn: s.endsOn,
    timezone: event.timeZone,
    status: s.status,
    sequence: s.sequence,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
    organizer: { name: o?.name ?? '', preferredUsername: o?.preferredUsername ?? '', url: o?.url ?? s.url },
    address: a
      ? {
          description: a.description,
          street: a.street,
          locality: a.locality,
          postalCode: a.postalCode,
          region: a.region,
          country: a.country,
          geom: a.geom,
        }
      : null,
    onlineAddress: s.onlineAddress,
    pictureUrl,
    tags: s.tags,
    category: s.category,
    language: s.language,
    isPublic: s.visibility === 'PUBLIC',
  };
}

export class CalendarViews {
  constructor(
    private readonly persons: PersonRepository,
    private readonly media: MediaRepository,
    private readonly storage: MediaStorage,
  ) {}

  async of(events: Event[]): Promise<CalendarEvent[]> {
    if (events.length === 0) return [];
    const organizerIds = [...new Set(events.map((e) => e.organizerActorId))];
    const pictureIds = [...new Set(events.map((e) => e.snapshot().pictureId).filter((id): id is string => id !== null))];
    const [organizers, pictures] = await Promise.all([
      this.persons.findByIds(organizerIds),
      pictureIds.length > 0 ? this.media.findByIds(pictureIds) : Promise.resolve([] as Media[]),
    ]);
    const organizerById = new Map(organizers.map((p) => [p.id, p]));
    const urlByPicture = new Map(pictures.map((m) => [m.id, this.storage.publicUrl(m.fileKey)]));
    return events.map((event) => {
      const pictureId = event.snapshot().pictureId;
      return toCalendarView(
        event,
        organizerById.get(event.organizerActorId) ?? null,
        pictureId ? (urlByPicture.get(pictureId) ?? null) : null,
      );
    });
  }

  /** The public URL of one media (an avatar), or null. */
  async mediaUrl(mediaId: string | null): Promise<{ url: string; contentType: string } | null> {
    if (!mediaId) return null;
    const [media] = await this.media.findByIds([mediaId]);
    return media ? { url: this.storage.publicUrl(media.fileKey), contentType: media.snapshot().contentType } : null;
  }
}
