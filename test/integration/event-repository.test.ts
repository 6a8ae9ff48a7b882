// The events repository against Postgres: atomic save with tags, index and creator
// participation; the filters of listings and search (full text, typos, accents, radius, dates).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { TypeOrmEventRepository } from '../../src/adapters/typeorm/events/typeorm-event.repository.js';
import { Event, type EventChanges } from '../../src/domain/events/index.js';
import { openTestDataSource, unique } from '../support/database.js';

describe('events repository', () => {
  let db: DataSource;
  let repo: TypeOrmEventRepository;
  let organizerId: string;
  const marker = unique('m').toLowerCase();

  async function saved(title: string, changes: EventChanges = {}, beginsOn = new Date('2030-06-01T10:00:00Z')): Promise<Event> {
    const created = Event.create(
      { id: await repo.nextId(), uuid: randomUUID(), baseUrl: 'https://x.test', organizerActorId: organizerId, title, beginsOn },
      changes,
      new Date(),
    );
    if ('problems' in created) throw new Error(JSON.stringify(created.problems));
    await repo.save(created.event);
    return created.event;
  }

  beforeAll(async () => {
    db = await openTestDataSource();
    repo = new TypeOrmEventRepository(db);
    const [user] = await db.query(`INSERT INTO users (email, password_hash) VALUES ($1, 'x') RETURNING id`, [`${marker}@example.org`]);
    const [actor] = await db.query(`INSERT INTO actors (user_id, preferred_username, url) VALUES ($1, $2, $3) RETURNING id::text`, [
      user.id,
      marker,
      `https://x.test/@${marker}`,
    ]);
    organizerId = actor.id;
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('saves the event with its tags, its outbox events and its creator participation, and reads it back', async () => {
    const event = await saved(`Café ${marker}`, { tags: ['Jazz', 'Outdoor'], options: { maximumAttendeeCapacity: 5 } });
    const loaded = await repo.findByUuid(event.uuid);
    expect(loaded?.snapshot()).toEqual(event.snapshot());
    expect((await repo.tagsOf([event.id])).get(event.id)!.map((t) => t.slug)).toEqual(['jazz', 'outdoor']);
    expect(await db.query(`SELECT role FROM participations WHERE event_id = $1`, [event.id])).toEqual([{ role: 'CREATOR' }]);
    expect(
      (await db.query(`SELECT name FROM outbox WHERE payload->>'eventId' = $1 ORDER BY id`, [event.id])).map(
        (r: { name: string }) => r.name,
      ),
    ).toEqual(['event.created', 'event.published']);
    event.update({ title: `Café ${marker} moved` }, new Date());
    await repo.save(event);
    expect(await db.query(`SELECT count(*)::int AS n FROM participations WHERE event_id = $1`, [event.id])).toEqual([{ n: 1 }]);
  });

  it('finds a new event at once by words, without accents, and despite a typo', async () => {
    await saved(`Fête de la musique ${marker}`, { description: '<p>Concert <b>gratuit</b> au jardin</p>' });
    const find = (term: string) => repo.find({ listedOnly: true, term, orderBy: 'RELEVANCE' }, { page: 1, limit: 10 });
    const titles = async (term: string) => (await find(term)).elements.map((e) => e.snapshot().title);
    expect(await titles(`fete musique ${marker}`)).toEqual([`Fête de la musique ${marker}`]);
    expect(await titles(`gratuit jardin ${marker}`)).toEqual([`Fête de la musique ${marker}`]);
    // A typo: no word matches, the title is still close enough.
    expect(await titles(`Fête de la musiqeu ${marker}`)).toContain(`Fête de la musique ${marker}`);
  });

  it('keeps drafts and private events out of listings', async () => {
    const draft = await saved(`Secret draft ${marker}`, { draft: true });
    await saved(`Private ${marker}`, { visibility: 'PRIVATE' });
    const listed = await repo.find({ listedOnly: true, term: marker }, { page: 1, limit: 50 });
    expect(listed.elements.map((e) => e.snapshot().title)).not.toEqual(
      expect.arrayContaining([`Secret draft ${marker}`, `Private ${marker}`]),
    );
    const drafts = await repo.find({ organizerActorIds: [organizerId], drafts: true }, { page: 1, limit: 50 });
    expect(drafts.elements.map((e) => e.id)).toEqual([draft.id]);
  });

  it('finds events within a radius, without PostGIS', async () => {
    const address = (lon: number, lat: number) => ({
      description: 'place',
      street: null,
      locality: null,
      postalCode: null,
      region: null,
      country: null,
      geom: { lon, lat },
      type: null,
      url: null,
      originId: null,
      timezone: null,
    });
    const paris = await saved(`Paris ${marker}`, { physicalAddress: address(2.3522, 48.8566), tags: [marker] });
    const versailles = await saved(`Versailles ${marker}`, { physicalAddress: address(2.1301, 48.8049), tags: [marker] });
    await saved(`Lyon ${marker}`, { physicalAddress: address(4.8357, 45.764), tags: [marker] });
    const near = (radiusKm: number) =>
      repo.find({ listedOnly: true, tags: [marker], near: { point: { lon: 2.3522, lat: 48.8566 }, radiusKm } }, { page: 1, limit: 10 });
    expect((await near(5)).elements.map((e) => e.id)).toEqual([paris.id]);
    expect((await near(25)).elements.map((e) => e.id).sort()).toEqual([paris.id, versailles.id].sort());
    expect((await near(500)).total).toBe(3);
  });

  it('filters by dates, category, status and language, and pages with a total', async () => {
    const tag = `${marker}x`;
    for (let i = 0; i < 5; i++)
      await saved(`Series ${i}`, { tags: [tag], category: 'SPORTS', language: 'fr' }, new Date(Date.UTC(2031, 0, 1 + i)));
    await saved('Cancelled one', { tags: [tag], status: 'CANCELLED' }, new Date(Date.UTC(2031, 0, 10)));
    const page = await repo.find(
      { listedOnly: true, tags: [tag], category: 'SPORTS', orderBy: 'BEGINS_ON', direction: 'ASC' },
      { page: 2, limit: 2 },
    );
    expect(page.total).toBe(5);
    expect(page.elements.map((e) => e.snapshot().title)).toEqual(['Series 2', 'Series 3']);
    const window = await repo.find(
      { listedOnly: true, tags: [tag], beginsAfter: new Date(Date.UTC(2031, 0, 2)), beginsBefore: new Date(Date.UTC(2031, 0, 3)) },
      { page: 1, limit: 10 },
    );
    expect(window.elements.map((e) => e.snapshot().title)).toEqual(['Series 1', 'Series 2']);
    expect((await repo.find({ listedOnly: true, tags: [tag], statuses: ['CANCELLED'] }, { page: 1, limit: 10 })).total).toBe(1);
    expect((await repo.find({ listedOnly: true, tags: [tag], languages: ['fr'] }, { page: 1, limit: 10 })).total).toBe(5);
    expect((await repo.find({ listedOnly: true, tags: [tag] }, { page: 9, limit: 10 })).total).toBe(6);
  });

  it('lists tags matching a filter', async () => {
    await saved(`Tagged ${marker}`, { tags: [`Électro ${marker}`] });
    const tags = await repo.tags(`electro ${marker}`, { page: 1, limit: 10 });
    expect(tags.map((t) => t.title)).toContain(`Électro ${marker}`);
  });
});
