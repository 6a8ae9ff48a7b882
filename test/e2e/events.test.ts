// Events through the web client's own operations: drafts with a picture, publishing, reading,
// listing, search, tags; who may do what; bad input; no N+1 on lists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { openTestDataSource, unique } from '../support/database.js';
import { jpeg, uploadImage } from '../support/uploads.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('events e2e skipped: ../shared/mobilizon/client-ops is absent');

const op = (file: string, name: string) => operation(file, name).document;
const inDays = (days: number, hour = 18) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

run('events', () => {
  let app: TestApp;
  let db: DataSource;
  let organizer: ConfirmedAccount;
  let other: ConfirmedAccount;
  let moderator: ConfirmedAccount;
  const marker = unique('ev').toLowerCase();
  let draft: any;

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    organizer = await createConfirmedAccount(app, { identities: [{ name: 'Org main' }, { name: 'Org second' }] });
    other = await createConfirmedAccount(app, {});
    moderator = await createConfirmedAccount(app, {});
    await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [moderator.userId]);
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  it('creates a draft with a picture, sanitizing its description', async () => {
    const uploaded = await uploadImage(app, organizer.client, await jpeg());
    expect(uploaded.errors).toBeUndefined();
    const res = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[0].id,
      title: `Picnic ${marker}`,
      description: '<p>Bring <b>food</b></p><script>alert(1)</script><img src=x onerror=alert(2)>',
      beginsOn: inDays(10),
      endsOn: inDays(10, 21),
      draft: true,
      tags: ['Outdoor', marker],
      picture: { mediaId: uploaded.data.uploadMedia.id },
      physicalAddress: { description: 'Parc', locality: 'Paris', geom: '2.3522;48.8566', country: 'France' },
      options: { maximumAttendeeCapacity: 10, timezone: 'Europe/Paris' },
    });
    expect(res.errors).toBeUndefined();
    draft = res.data.createEvent;
    expect(draft).toMatchObject({ title: `Picnic ${marker}`, draft: true, status: 'CONFIRMED', visibility: 'PUBLIC', local: true });
    expect(draft.description).toBe('<p>Bring <b>food</b></p><img src="x" />');
    expect(draft.picture.url).toBe(uploaded.data.uploadMedia.url);
    expect(draft.organizerActor.id).toBe(organizer.persons[0].id);
    expect(draft.physicalAddress).toMatchObject({ locality: 'Paris', geom: '2.3522;48.8566' });
    expect(draft.options).toMatchObject({ maximumAttendeeCapacity: 10, timezone: 'Europe/Paris' });
    expect(draft.tags.map((t: any) => t.title).sort()).toEqual(['Outdoor', marker].sort());
    expect(draft.url).toBe(`${app.convene.config.baseUrl}/events/${draft.uuid}`);
  });

  it('keeps the draft to its organizer: hidden from others, listed in the organizer’s drafts', async () => {
    const stranger = await other.client.gql(op('event.graphql', 'FETCH_EVENT'), { uuid: draft.uuid });
    expect(stranger.errors?.[0]).toMatchObject({ code: 'not_found', status_code: 404 });
    const anonymous = await app.client().gql(op('event.graphql', 'FETCH_EVENT'), { uuid: draft.uuid });
    expect(anonymous.errors?.[0].status_code).toBe(404);
    const own = await organizer.client.gql(op('event.graphql', 'FETCH_EVENT'), { uuid: draft.uuid });
    expect(own.data.event.title).toBe(`Picnic ${marker}`);
    const drafts = await organizer.client.gql(op('actor.graphql', 'LOGGED_USER_DRAFTS'), { page: 1, limit: 10 });
    expect(drafts.errors).toBeUndefined();
    expect(drafts.data.loggedUser.drafts.elements.map((e: any) => e.uuid)).toEqual([draft.uuid]);
    const search = await app.client().gql(op('search.graphql', 'SEARCH_EVENTS'), { term: marker });
    expect(search.data.searchEvents.total).toBe(0);
  });

  it('edits the draft without resetting what it did not send, then publishes it', async () => {
    const edit = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: draft.id, title: `Picnic in the park ${marker}` });
    expect(edit.errors).toBeUndefined();
    expect(edit.data.updateEvent).toMatchObject({ title: `Picnic in the park ${marker}`, draft: true, visibility: 'PUBLIC' });
    expect(edit.data.updateEvent.options.maximumAttendeeCapacity).toBe(10);
    const publish = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: draft.id, draft: false });
    expect(publish.errors).toBeUndefined();
    expect(publish.data.updateEvent.draft).toBe(false);
    const seen = await app.client().gql(op('event.graphql', 'FETCH_EVENT'), { uuid: draft.uuid });
    expect(seen.data.event.title).toBe(`Picnic in the park ${marker}`);
    const back = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: draft.id, draft: true });
    expect(back.errors?.[0]).toMatchObject({ field: 'draft', status_code: 422 });
  });

  it('is found at once by search (term, tag, place) and listed', async () => {
    const anonymous = app.client();
    const byTerm = await anonymous.gql(op('search.graphql', 'SEARCH_EVENTS'), { term: `park ${marker}` });
    expect(byTerm.errors).toBeUndefined();
    expect(byTerm.data.searchEvents.elements.map((e: any) => e.uuid)).toEqual([draft.uuid]);
    const byTag = await anonymous.gql(op('search.graphql', 'SEARCH_EVENTS'), { tags: marker });
    expect(byTag.data.searchEvents.total).toBe(1);
    // u09tvw is a geohash cell in central Paris; Lyon is 390 km away.
    const near = await anonymous.gql(op('search.graphql', 'SEARCH_EVENTS'), { term: marker, location: 'u09tvw', radius: 10 });
    expect(near.data.searchEvents.total).toBe(1);
    const far = await anonymous.gql(op('search.graphql', 'SEARCH_EVENTS'), { term: marker, location: 'u05kq4', radius: 10 });
    expect(far.data.searchEvents.total).toBe(0);
    const list = await anonymous.gql(op('event.graphql', 'FETCH_EVENTS'), { limit: 99, orderBy: 'INSERTED_AT', direction: 'DESC' });
    expect(list.errors).toBeUndefined();
    expect(list.data.events.elements.map((e: any) => e.uuid)).toContain(draft.uuid);
    const tags = await anonymous.gql(op('tags.graphql', 'FILTER_TAGS'), { filter: marker });
    expect(tags.errors).toBeUndefined();
    expect(tags.data.tags.map((t: any) => t.title)).toContain(marker);
  });

  it('lets only the organizer’s account edit, and its organizer or a moderator delete', async () => {
    const otherEdit = await other.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: draft.id, title: 'hijacked' });
    expect(otherEdit.errors?.[0]).toMatchObject({ code: 'unauthorized', status_code: 403 });
    const modEdit = await moderator.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: draft.id, title: 'hijacked' });
    expect(modEdit.errors?.[0].status_code).toBe(403);
    // The organizer's other identity belongs to the same account: it may edit.
    const anon = await app.client().gql(op('event.graphql', 'EDIT_EVENT'), { id: draft.id, title: 'x' });
    expect(anon.errors?.[0]).toMatchObject({ code: 'unauthenticated', status_code: 401 });
    const otherDelete = await other.client.gql(op('event.graphql', 'DELETE_EVENT'), { eventId: draft.id });
    expect(otherDelete.errors?.[0].status_code).toBe(403);
    const asOtherIdentity = await other.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[1].id,
      title: 'impostor',
      description: '',
      beginsOn: inDays(3),
    });
    expect(asOtherIdentity.errors?.[0]).toMatchObject({ status_code: 403, field: 'organizerActorId' });
    const seen = await app.client().gql(op('event.graphql', 'FETCH_EVENT'), { uuid: draft.uuid });
    expect(seen.data.event.title).toBe(`Picnic in the park ${marker}`);

    const created = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[1].id,
      title: `Second ${marker}`,
      description: '',
      beginsOn: inDays(4),
    });
    const modDelete = await moderator.client.gql(op('event.graphql', 'DELETE_EVENT'), { eventId: created.data.createEvent.id });
    expect(modDelete.errors).toBeUndefined();
    const gone = await app.client().gql(op('event.graphql', 'FETCH_EVENT'), { uuid: created.data.createEvent.uuid });
    expect(gone.errors?.[0].status_code).toBe(404);
  });

  it('refuses bad input field by field and stores nothing', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM events`);
    const res = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[0].id,
      title: 'x'.repeat(500),
      description: 'ok',
      beginsOn: inDays(5, 20),
      endsOn: inDays(5, 10),
      options: { maximumAttendeeCapacity: -3, timezone: 'Europe/Paris' },
      physicalAddress: { description: 'x', geom: 'not;a point' },
    });
    expect(res.errors?.every((e) => e.status_code === 422 && e.code === 'validation')).toBe(true);
    expect(res.errors?.map((e) => e.field)).toEqual(['physicalAddress']);
    const second = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[0].id,
      title: 'x'.repeat(500),
      description: 'ok',
      beginsOn: inDays(5, 20),
      endsOn: inDays(5, 10),
      options: { maximumAttendeeCapacity: -3 },
    });
    expect(second.errors?.map((e) => e.field)).toEqual(['title', 'endsOn', 'options.maximumAttendeeCapacity']);
    const tz = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[0].id,
      title: 'tz',
      description: '',
      beginsOn: inDays(5),
      options: { timezone: 'Mars/Olympus' },
    });
    expect(tz.errors?.[0]).toMatchObject({ code: 'validation', status_code: 422 });
    const huge = await app.client().gql(op('event.graphql', 'FETCH_EVENTS'), { limit: 100000, page: 1 });
    expect(huge.errors).toBeUndefined();
    expect(huge.data.events.elements.length).toBeLessThan(100);
    expect(await db.query(`SELECT count(*)::int AS n FROM events`)).toEqual(before);
  });

  it('loads a page of 50 events with a number of SQL statements that does not grow with the page', async () => {
    const tag = `${marker}-n1`;
    // Every relation a list shows is present: organizers with avatars, pictures, tags, capacity.
    // Eight organizers: a page of 5 shows 5 of them, a page of 50 all 8, so a per-organizer query
    // (say, for its avatar) would show up as a difference.
    const organizers = [...organizer.persons.map((p) => p.id)];
    for (let i = organizers.length; i < 8; i++) {
      const res = await organizer.client.gql(`mutation($u: String!) { createPerson(preferredUsername: $u, name: "Org") { id } }`, {
        u: `${marker.replace(/-/g, '_')}_org${i}`,
      });
      expect(res.errors).toBeUndefined();
      organizers.push(res.data.createPerson.id);
    }
    // A picture shows under one identity only: each organizer has its own.
    const pictures = new Map<string, string>();
    for (const person of organizers.map((id) => ({ id }))) {
      pictures.set(person.id, (await uploadImage(app, organizer.client, await jpeg())).data.uploadMedia.id);
      const avatar = (await uploadImage(app, organizer.client, await jpeg())).data.uploadMedia.id;
      const res = await organizer.client.gql(`mutation($id: ID!, $a: ID) { updatePerson(id: $id, avatar: { mediaId: $a }) { id } }`, {
        id: person.id,
        a: avatar,
      });
      expect(res.errors).toBeUndefined();
    }
    for (let i = 0; i < 50; i++) {
      const person = organizers[i % organizers.length];
      const res = await organizer.client.gql(
        `mutation($o: ID!, $t: String!, $b: DateTime!, $tags: [String], $p: ID) { createEvent(organizerActorId: $o, title: $t, description: "d", beginsOn: $b, tags: $tags, picture: { mediaId: $p }, options: { maximumAttendeeCapacity: 10 }) { id } }`,
        { o: person, t: `Bulk ${i}`, b: inDays(20 + i), tags: [tag, `t${i % 5}`], p: pictures.get(person) },
      );
      expect(res.errors).toBeUndefined();
    }
    const LIST = `query($tags: String, $limit: Int) { searchEvents(tags: $tags, limit: $limit) { total elements { id title
      picture { url } tags { title } participantStats { going participant } options { remainingAttendeeCapacity }
      organizerActor { id preferredUsername avatar { url } } } } }`;
    // An API-only process: no worker polling the database while statements are counted.
    const api = await startTestApp({ ROLE: 'api' });
    const statementsFor = async (limit: number) => {
      const counter = countQueries(api);
      const res = await api.client().gql(LIST, { tags: tag, limit });
      const count = counter.stop();
      expect(res.errors).toBeUndefined();
      expect(res.data.searchEvents.elements).toHaveLength(limit);
      expect(
        res.data.searchEvents.elements.every(
          (e: any) => e.tags.length === 2 && e.picture.url && e.organizerActor.avatar.url && e.options.remainingAttendeeCapacity === 10,
        ),
      ).toBe(true);
      return count;
    };
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(7);
    console.log(`SQL statements for a page of 50 events: ${large} (page of 5: ${small})`);
    await api.close();
  });
});

/** Counts the statements the app's pool sends while a request runs. */
function countQueries(app: TestApp): { stop(): number } {
  const driver = app.convene.dataSource.driver as unknown as { master: { query: (...args: unknown[]) => unknown; on: unknown } };
  const pool = driver.master as unknown as {
    on(event: string, fn: (client: { query: (...a: unknown[]) => unknown }) => void): void;
    _clients?: unknown[];
  };
  let count = 0;
  const wrapped = new WeakSet<object>();
  const wrap = (client: { query: (...a: unknown[]) => unknown }) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const original = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      if (counting) count += 1;
      return original(...args);
    };
  };
  let counting = true;
  for (const client of (pool as { _clients?: { query: (...a: unknown[]) => unknown }[] })._clients ?? []) wrap(client);
  pool.on('connect', wrap);
  return {
    stop() {
      counting = false;
      return count;
    },
  };
}
