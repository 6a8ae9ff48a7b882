import { describe, expect, it } from '@jest/globals';
import { Event, type EventChanges } from './event.js';

const now = new Date('2026-05-01T10:00:00Z');
const base = {
  id: '1',
  uuid: '0b9f7c2e-8d1a-4c3b-9e2f-112233445566',
  baseUrl: 'https://convene.example',
  organizerActorId: '7',
  title: 'Picnic',
  beginsOn: new Date('2026-06-01T10:00:00Z'),
};

function create(changes: EventChanges = {}): Event {
  const result = Event.create(base, changes, now);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.event;
}

describe('Event', () => {
  it('is created published with its URL, or as a draft', () => {
    const event = create({ tags: ['#Outdoor', 'outdoor', ' food  fair '] });
    expect(event.snapshot()).toMatchObject({
      url: `https://convene.example/events/${base.uuid}`,
      slug: 'picnic',
      draft: false,
      publishAt: now,
      sequence: 0,
      tags: ['Outdoor', 'food fair'],
    });
    expect(event.pullEvents().map((e) => e.name)).toEqual(['event.created', 'event.published']);
    const draft = create({ draft: true });
    expect(draft.snapshot().publishAt).toBeNull();
    expect(draft.pullEvents().map((e) => e.name)).toEqual(['event.created']);
  });

  it('reports every invalid field at once', () => {
    const result = Event.create(
      base,
      {
        title: ' ',
        endsOn: new Date('2026-05-31T10:00:00Z'),
        joinOptions: 'EXTERNAL',
        options: { maximumAttendeeCapacity: -1, timezone: 'Mars/Base' },
        language: 'not a language',
      },
      now,
    );
    expect('problems' in result && result.problems.map((p) => p.field)).toEqual([
      'title',
      'endsOn',
      'externalParticipationUrl',
      'language',
      'options.maximumAttendeeCapacity',
      'options.timezone',
    ]);
  });

  it('refuses non-http URLs and bad addresses', () => {
    const result = Event.create(
      base,
      {
        onlineAddress: 'javascript:alert(1)',
        physicalAddress: {
          description: 'x',
          street: null,
          locality: null,
          postalCode: null,
          region: null,
          country: null,
          geom: null,
          type: null,
          url: 'ftp://x',
          originId: null,
          timezone: 'Nowhere/City',
        },
      },
      now,
    );
    expect('problems' in result && result.problems.map((p) => p.field)).toEqual([
      'onlineAddress',
      'physicalAddress.url',
      'physicalAddress.timezone',
    ]);
  });

  it('publishes a draft once, without counting draft edits as calendar updates', () => {
    const draft = create({ draft: true });
    draft.pullEvents();
    expect(draft.update({ title: 'Picnic in the park' }, now)).toEqual([]);
    expect(draft.snapshot().sequence).toBe(0);
    expect(draft.pullEvents()).toEqual([]);
    expect(draft.update({ draft: false }, now)).toEqual([]);
    expect(draft.pullEvents().map((e) => e.name)).toEqual(['event.published']);
    expect(draft.update({ draft: true }, now)).toEqual([{ field: 'draft', message: 'A published event cannot go back to draft' }]);
  });

  it('counts each update in its sequence and says what changed', () => {
    const event = create();
    event.pullEvents();
    event.update({ beginsOn: new Date('2026-06-02T10:00:00Z'), description: '<p>more</p>' }, now);
    expect(event.snapshot().sequence).toBe(1);
    expect(event.pullEvents()).toEqual([{ name: 'event.updated', payload: { eventId: '1', changed: ['beginsOn'] }, occurredAt: now }]);
    event.update({ status: 'CANCELLED' }, now);
    expect(event.snapshot().sequence).toBe(2);
    expect(event.pullEvents().map((e) => e.name)).toEqual(['event.cancelled', 'event.updated']);
  });

  it('changes nothing when an update is invalid', () => {
    const event = create();
    const before = event.snapshot();
    expect(event.update({ endsOn: new Date('2026-01-01T00:00:00Z'), title: 'New' }, now)).toEqual([
      { field: 'endsOn', message: 'The event must end after it begins' },
    ]);
    expect(event.snapshot()).toEqual(before);
  });
});
