// Sample events for the renderer specs (kept out of the spec files so they can share it).
import type { CalendarEvent, InstanceInfo } from './calendar-event.js';

export const instance: InstanceInfo = { name: 'Convene Test', baseUrl: 'https://convene.test' };

export function sampleEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const uuid = overrides.uuid ?? '0f4b6c1e-8a52-4d7e-9c3b-2d1e5f6a7b8c';
  return {
    uuid,
    url: `https://convene.test/events/${uuid}`,
    title: 'Monthly meetup',
    descriptionHtml: '<p>Come and <strong>meet</strong> us.</p><p>Bring snacks &amp; drinks.</p>',
    beginsOn: new Date('2025-01-15T18:00:00Z'),
    endsOn: new Date('2025-01-15T20:00:00Z'),
    timezone: 'Europe/Paris',
    status: 'CONFIRMED',
    sequence: 2,
    createdAt: new Date('2024-12-01T10:00:00Z'),
    updatedAt: new Date('2024-12-05T11:30:00Z'),
    organizer: { name: 'Alice Martin', preferredUsername: 'alice', url: 'https://convene.test/@alice' },
    address: {
      description: 'La Maison des Associations',
      street: '12 rue de la Paix',
      locality: 'Paris',
      postalCode: '75002',
      region: 'Île-de-France',
      country: 'France',
      geom: { lon: 2.331, lat: 48.8686 },
    },
    onlineAddress: null,
    pictureUrl: 'https://convene.test/media/banner.jpg',
    tags: ['meetup', 'open source'],
    category: 'MEETING',
    language: 'fr',
    isPublic: true,
    ...overrides,
  };
}
