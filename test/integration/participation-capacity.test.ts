// The participations repository against Postgres: the capacity holds under concurrent joins and
// approvals (the event row is locked while seats are counted), uniqueness, stale updates, the
// secret lookups of anonymous participations, stats and lists; and the instance's anonymous actor.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/adapters/typeorm/data-source.js';
import { TypeOrmEventRepository } from '../../src/adapters/typeorm/events/typeorm-event.repository.js';
import { TypeOrmAnonymousActor } from '../../src/adapters/typeorm/participations/typeorm-anonymous-actor.js';
import { TypeOrmParticipationRepository } from '../../src/adapters/typeorm/participations/typeorm-participation.repository.js';
import { Event, type EventChanges } from '../../src/domain/events/index.js';
import { Participation, type SaveOutcome } from '../../src/domain/participations/index.js';
import { testDatabaseUrl, unique } from '../support/database.js';

describe('participations repository', () => {
  let db: DataSource;
  let events: TypeOrmEventRepository;
  let repo: TypeOrmParticipationRepository;
  let organizerId: string;
  const marker = unique('cap').toLowerCase();
  const now = new Date();

  async function actors(n: number): Promise<string[]> {
    const names = Array.from({ length: n }, (_, i) => `${marker}_${unique('a').toLowerCase()}_${i}`);
    const rows: { id: string }[] = await db.query(
      `INSERT INTO actors (preferred_username, url) SELECT n, 'https://x.test/@' || n FROM unnest($1::text[]) AS n RETURNING id::text`,
      [names],
    );
    return rows.map((r) => r.id);
  }

  async function event(changes: EventChanges = {}, beginsOn = new Date('2030-06-01T10:00:00Z')): Promise<Event> {
    const created = Event.create(
      {
        id: await events.nextId(),
        uuid: randomUUID(),
        baseUrl: 'https://x.test',
        organizerActorId: organizerId,
        title: `Gig ${marker}`,
        beginsOn,
      },
      changes,
      now,
    );
    if ('problems' in created) throw new Error(JSON.stringify(created.problems));
    await events.save(created.event);
    return created.event;
  }

  async function join(eventId: string, actorId: string, approved = true): Promise<SaveOutcome> {
    return repo.save(Participation.join({ id: await repo.nextId(), eventId, actorId, message: null, approved }, now));
  }

  const tally = (outcomes: SaveOutcome[]) => outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});

  beforeAll(async () => {
    // Enough connections for every concurrent transaction to really run at once.
    db = createDataSource(testDatabaseUrl(), { poolSize: 30 });
    await db.initialize();
    events = new TypeOrmEventRepository(db);
    repo = new TypeOrmParticipationRepository(db);
    [organizerId] = await actors(1);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('20 concurrent joins for 5 remaining seats: exactly 5 participants, 15 event-full', async () => {
    const e = await event({ options: { maximumAttendeeCapacity: 6 } });
    const [first, ...guests] = await actors(21);
    expect(await join(e.id, first)).toBe('saved');

    const outcomes = await Promise.all(guests.map((actorId) => join(e.id, actorId)));
    expect(tally(outcomes)).toEqual({ saved: 5, 'event-full': 15 });
    const rows = await db.query(`SELECT role, count(*)::int AS n FROM participations WHERE event_id = $1 GROUP BY role ORDER BY role`, [
      e.id,
    ]);
    expect(rows).toEqual([
      { role: 'CREATOR', n: 1 },
      { role: 'PARTICIPANT', n: 6 },
    ]);
    // Refused joins left nothing behind, not even outbox events.
    const created = await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE name = 'participation.created' AND payload->>'eventId' = $1`,
      [e.id],
    );
    expect(created).toEqual([{ n: 6 }]);
  });

  it('concurrent approvals never exceed the capacity either; requests do not take seats', async () => {
    const e = await event({ joinOptions: 'RESTRICTED', options: { maximumAttendeeCapacity: 3 } });
    const guests = await actors(10);
    expect(tally(await Promise.all(guests.map((a) => join(e.id, a, false))))).toEqual({ saved: 10 });
    const pending = (await repo.listForEvent(e.id, ['NOT_APPROVED'], { page: 1, limit: 100 })).elements;
    expect(pending).toHaveLength(10);
    const outcomes = await Promise.all(
      pending.map((p) => {
        p.changeRole('PARTICIPANT', now);
        return repo.save(p);
      }),
    );
    expect(tally(outcomes)).toEqual({ saved: 3, 'event-full': 7 });
    expect((await repo.stats([e.id])).get(e.id)).toEqual({
      going: 4,
      participant: 3,
      notApproved: 7,
      notConfirmed: 0,
      rejected: 0,
      creator: 1,
      moderator: 0,
      administrator: 0,
    });
  });

  it('keeps one participation per identity even when joins race, and refuses stale updates', async () => {
    const e = await event();
    const [actor] = await actors(1);
    expect(tally(await Promise.all(Array.from({ length: 5 }, () => join(e.id, actor))))).toEqual({ saved: 1, duplicate: 4 });
    const a = (await repo.findByActor(e.id, actor))!;
    const b = (await repo.findByActor(e.id, actor))!;
    a.changeRole('REJECTED', now);
    b.changeRole('NOT_APPROVED', now);
    expect(await repo.save(a)).toBe('saved');
    expect(await repo.save(b)).toBe('conflict');
    expect((await repo.findById(a.id))?.role).toBe('REJECTED');
  });

  it('finds anonymous participations by their secrets, tells emails apart, and deletes with an outbox event', async () => {
    const e = await event({ options: { anonymousParticipation: true } });
    const [anonymousActor] = await actors(1);
    const make = async (email: string, digest: string) =>
      Participation.joinAnonymously(
        {
          id: await repo.nextId(),
          eventId: e.id,
          actorId: anonymousActor,
          message: 'hello',
          email,
          locale: 'fr',
          cancellationDigest: digest,
        },
        now,
      );
    const ada = await make('ada@example.test', `cancel-ada-${marker}`);
    expect(await repo.save(ada)).toBe('saved');
    expect(await repo.save(await make('bob@example.test', `cancel-bob-${marker}`))).toBe('saved');
    expect(await repo.save(await make('ada@example.test', `cancel-ada2-${marker}`))).toBe('duplicate');

    const loaded = (await repo.findAnonymous(e.id, anonymousActor, 'ada@example.test'))!;
    loaded.issueConfirmation(`confirm-${marker}`, new Date(now.getTime() + 3600_000));
    expect(await repo.save(loaded)).toBe('saved');
    const byConfirmation = (await repo.findByConfirmationDigest(`confirm-${marker}`))!;
    expect(byConfirmation.snapshot()).toEqual(loaded.snapshot());
    expect(byConfirmation.snapshot().anonymous).toMatchObject({
      email: 'ada@example.test',
      locale: 'fr',
      cancellationDigests: [`cancel-ada-${marker}`],
    });
    expect((await repo.findByCancellationDigest(e.id, `cancel-bob-${marker}`))?.email).toBe('bob@example.test');
    expect(await repo.findByCancellationDigest(e.id, 'nope')).toBeNull();
    // An identity's lookup never returns anonymous rows.
    expect(await repo.findByActor(e.id, anonymousActor)).toBeNull();

    byConfirmation.leave(now);
    await repo.delete(byConfirmation);
    expect(await repo.findById(byConfirmation.id)).toBeNull();
    expect(
      await db.query(
        `SELECT payload->>'email' AS email FROM outbox WHERE name = 'participation.cancelled' AND payload->>'participationId' = $1`,
        [byConfirmation.id],
      ),
    ).toEqual([{ email: 'ada@example.test' }]);
  });

  it("lists an account's participations upcoming first, without drafts, and pages with a total", async () => {
    const [me] = await actors(1);
    const t0 = Date.now();
    const past = await event({}, new Date(t0 - 5 * 86400_000));
    const soon = await event({}, new Date(t0 + 1 * 86400_000));
    const later = await event({}, new Date(t0 + 9 * 86400_000));
    const draft = await event({ draft: true }, new Date(t0 + 2 * 86400_000));
    for (const e of [later, past, draft, soon]) await join(e.id, me);
    const window = { after: null, before: null, now: new Date(t0) };
    const all = await repo.listForActors([me], window, { page: 1, limit: 10 });
    expect(all.elements.map((p) => p.eventId)).toEqual([soon.id, later.id, past.id]);
    expect(all.total).toBe(3);
    const second = await repo.listForActors([me], window, { page: 2, limit: 2 });
    expect(second).toMatchObject({ total: 3, elements: [expect.objectContaining({ eventId: past.id })] });
    expect((await repo.listForActors([me], window, { page: 5, limit: 2 })).total).toBe(3);
    expect(
      (await repo.listForActors([me], { ...window, after: new Date(t0) }, { page: 1, limit: 10 })).elements.map((p) => p.eventId),
    ).toEqual([soon.id, later.id]);
    expect((await repo.listForActor(me, soon.id, { page: 1, limit: 10 })).elements.map((p) => p.eventId)).toEqual([soon.id]);
  });

  it("gives the migration's anonymous actor this instance's URL and answers its id", async () => {
    const baseUrl = `https://${marker}.test`;
    const id = await new TypeOrmAnonymousActor(db, baseUrl).actorId();
    expect(id).toMatch(/^\d+$/);
    expect(await db.query(`SELECT preferred_username, user_id, url FROM actors WHERE id = $1`, [id])).toEqual([
      { preferred_username: 'anonymous', user_id: null, url: `${baseUrl}/@anonymous` },
    ]);
  });
});
