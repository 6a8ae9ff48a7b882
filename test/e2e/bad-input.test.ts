// Bad input, end to end: malformed email, weak password, bad or taken username, oversized or fake
// images, wrong types and huge strings get field-level errors (`code: validation`, `status_code`
// 422, `field`), and nothing is stored — checked in the database and the uploads folder.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/app.js';
import { openTestDataSource, unique } from '../support/database.js';
import { MAX_INPUT_TEXT } from '../../src/adapters/graphql/shared/input-text.js';
import { gqlMultipart, jpeg, noisyPng, uploadedFiles, uploadImage } from '../support/uploads.js';

const AVATAR_MAX = 20_000;
const MEDIA_MAX = 30_000;

const CREATE_USER = `mutation CreateUser($email: String!, $password: String!) { createUser(email: $email, password: $password) { email } }`;
const CREATE_PERSON = `mutation CreatePerson($preferredUsername: String!, $name: String, $summary: String, $avatar: MediaInput) {
  createPerson(preferredUsername: $preferredUsername, name: $name, summary: $summary, avatar: $avatar) { id }
}`;
const UPDATE_PERSON = `mutation UpdatePerson($id: ID!, $name: String, $summary: String, $avatar: MediaInput) {
  updatePerson(id: $id, name: $name, summary: $summary, avatar: $avatar) { id name summary avatar { id } }
}`;

const kb = (n: number) => 'x'.repeat(n * 1024);

/** The errors' (field, code, status) triples, with the shape checked on each. */
function fieldErrors(res: GqlResponse): { field: unknown; code: unknown; status_code: unknown }[] {
  expect(res.status).toBe(200);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors!.map((e) => {
    // The web client reads the top-level keys; standard clients read `extensions`.
    expect(e.extensions).toMatchObject({ code: e.code, status_code: e.status_code, ...(e.field ? { field: e.field } : {}) });
    expect(typeof e.message).toBe('string');
    return { field: e.field, code: e.code, status_code: e.status_code };
  });
}

const invalid = (field: string) => ({ field, code: 'validation', status_code: 422 });

describe('bad input gets field-level 422 errors and stores nothing', () => {
  let app: TestApp;
  let db: DataSource;
  let me: ConfirmedAccount;

  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params))[0].count);
  const usersWithEmail = (email: string) => count(`SELECT count(*) FROM users WHERE email = lower(trim($1))`, [email]);
  const actorsNamed = (name: string) => count(`SELECT count(*) FROM actors WHERE lower(preferred_username) = lower(trim($1))`, [name]);
  const mediaCount = () => count(`SELECT count(*) FROM media`);

  beforeAll(async () => {
    app = await startTestApp({
      UPLOAD_AVATAR_MAX_BYTES: String(AVATAR_MAX),
      UPLOAD_MEDIA_MAX_BYTES: String(MEDIA_MAX),
      UPLOAD_BANNER_MAX_BYTES: String(MEDIA_MAX),
    });
    db = await openTestDataSource();
    me = await createConfirmedAccount(app, { identities: [{ name: 'Me', summary: 'as I am' }] });
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  describe('sign-up', () => {
    it.each([
      ['not-an-email'],
      ['no-dot@localhost'],
      ['two@@example.org'],
      ['with space@example.org'],
      [''],
      [`${'a'.repeat(10 * 1024)}@example.org`],
    ])('rejects the malformed email %#', async (email) => {
      const res = await app.client().gql(CREATE_USER, { email, password: 'a perfectly fine passphrase' });
      expect(res.data.createUser).toBeNull();
      expect(fieldErrors(res)).toEqual([invalid('email')]);
      expect(await usersWithEmail(email)).toBe(0);
    });

    it.each([['short'], ['seven77'], ['password123'], ['12345678'], ['PASSWORD'], [kb(100)]])(
      'rejects the weak or absurd password %#',
      async (password) => {
        const email = `${unique('weak')}@example.org`;
        const res = await app.client().gql(CREATE_USER, { email, password });
        expect(fieldErrors(res)).toEqual([invalid('password')]);
        expect(await usersWithEmail(email)).toBe(0);
      },
    );

    it('answers one error per invalid field', async () => {
      const res = await app.client().gql(CREATE_USER, { email: 'nope', password: 'short' });
      expect(fieldErrors(res)).toEqual(expect.arrayContaining([invalid('email'), invalid('password')]));
      expect(res.errors).toHaveLength(2);
      expect(await usersWithEmail('nope')).toBe(0);
    });
  });

  describe('account changes', () => {
    it('rejects a malformed or huge new email and keeps the old one', async () => {
      for (const email of ['nope', `${kb(10)}@example.org`]) {
        const res = await me.client.gql(
          `mutation($email: String!, $password: String!) { changeEmail(email: $email, password: $password) { id } }`,
          { email, password: me.password },
        );
        expect(fieldErrors(res)).toEqual([invalid('email')]);
      }
      expect((await db.query(`SELECT email FROM users WHERE id = $1`, [me.userId]))[0].email).toBe(me.email);
    });

    it('rejects a weak new password on newPassword, and the old one still works', async () => {
      for (const newPassword of ['short', 'password123']) {
        const res = await me.client.gql(`mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id } }`, {
          o: me.password,
          n: newPassword,
        });
        expect(fieldErrors(res)).toEqual([invalid('newPassword')]);
      }
      const login = await app
        .client()
        .gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: me.email, p: me.password });
      expect(login.errors).toBeUndefined();
    });

    it('never stores a huge locale', async () => {
      await me.client.gql(`mutation($l: String!) { updateLocale(locale: $l) { id } }`, { l: kb(10) });
      const [row] = await db.query(`SELECT locale FROM users WHERE id = $1`, [me.userId]);
      expect(row.locale.length).toBeLessThanOrEqual(5);
    });
  });

  describe('identities', () => {
    it.each([['Alice'], ['al ice'], ['al-ice'], ['émile'], ['a'.repeat(65)], [''], ['   '], ['relay'], ['anonymous']])(
      'rejects the username %p',
      async (preferredUsername) => {
        const before = await count(`SELECT count(*) FROM actors`);
        const res = await me.client.gql(CREATE_PERSON, { preferredUsername, name: 'x' });
        expect(res.data.createPerson).toBeNull();
        expect(fieldErrors(res)).toEqual([invalid('preferredUsername')]);
        expect(await count(`SELECT count(*) FROM actors`)).toBe(before);
      },
    );

    it('reserves relay, the instance actor federation will use (issue 12.5), with a message saying so', async () => {
      const res = await me.client.gql(CREATE_PERSON, { preferredUsername: 'relay', name: 'Relay' });
      expect(fieldErrors(res)).toEqual([invalid('preferredUsername')]);
      expect(res.errors![0].message).toBe('The username relay is reserved for the instance');
      expect(await actorsNamed('relay')).toBe(0);
    });

    it('rejects a taken username on the field', async () => {
      const res = await me.client.gql(CREATE_PERSON, { preferredUsername: me.persons[0].preferredUsername, name: 'again' });
      expect(fieldErrors(res)).toEqual([invalid('preferredUsername')]);
      expect(await actorsNamed(me.persons[0].preferredUsername)).toBe(1);
    });

    it('rejects a 100 KB name and a 1 MB summary, each on its field, together with a bad username', async () => {
      const name = unique('huge').toLowerCase();
      const res = await me.client.gql(CREATE_PERSON, { preferredUsername: name, name: kb(100), summary: kb(1024) });
      expect(fieldErrors(res)).toEqual([invalid('name'), invalid('summary')]);
      expect(await actorsNamed(name)).toBe(0);

      // Below the edge's cap (a description's length), the domain reports every field at once.
      const all = await me.client.gql(CREATE_PERSON, { preferredUsername: 'Bad Name', name: kb(50), summary: kb(90) });
      expect(
        fieldErrors(all)
          .map((e) => e.field)
          .sort(),
      ).toEqual(['name', 'preferredUsername', 'summary']);
    });

    it('rejects huge updates and keeps the person as it was', async () => {
      const before = (await db.query(`SELECT name, summary FROM actors WHERE id = $1`, [me.persons[0].id]))[0];
      const name = await me.client.gql(UPDATE_PERSON, { id: me.persons[0].id, name: kb(100) });
      expect(fieldErrors(name)).toEqual([invalid('name')]);
      const summary = await me.client.gql(UPDATE_PERSON, { id: me.persons[0].id, name: 'fine', summary: kb(1024) });
      expect(fieldErrors(summary)).toEqual([invalid('summary')]);
      // Nothing of a half-valid update is kept either.
      expect((await db.query(`SELECT name, summary FROM actors WHERE id = $1`, [me.persons[0].id]))[0]).toEqual(before);
    });
  });

  describe('images', () => {
    const fake = Buffer.from('this is not an image at all, just text pretending to be a JPEG');

    const nothingStored = async (mediaBefore: number, filesBefore: string[]) => {
      expect(await mediaCount()).toBe(mediaBefore);
      expect(uploadedFiles(app)).toEqual(filesBefore);
    };

    it('rejects a fake image on the file field', async () => {
      const [media, files] = [await mediaCount(), uploadedFiles(app)];
      const res = await uploadImage(app, me.client, fake, { contentType: 'image/jpeg' });
      expect(res.data.uploadMedia).toBeNull();
      expect(fieldErrors(res)).toEqual([invalid('file')]);
      await nothingStored(media, files);
    });

    it('rejects an empty file', async () => {
      const [media, files] = [await mediaCount(), uploadedFiles(app)];
      const res = await uploadImage(app, me.client, Buffer.alloc(0));
      expect(fieldErrors(res)).toEqual([invalid('file')]);
      await nothingStored(media, files);
    });

    it('rejects a real image above the media limit', async () => {
      const big = await noisyPng(120, 120);
      expect(big.byteLength).toBeGreaterThan(MEDIA_MAX);
      const [media, files] = [await mediaCount(), uploadedFiles(app)];
      const res = await uploadImage(app, me.client, big, { contentType: 'image/png' });
      expect(fieldErrors(res)).toEqual([invalid('file')]);
      await nothingStored(media, files);
    });

    it('rejects a media name that is too long', async () => {
      const [media, files] = [await mediaCount(), uploadedFiles(app)];
      const res = await uploadImage(app, me.client, await jpeg(), { name: kb(10) });
      expect(fieldErrors(res)).toEqual([invalid('name')]);
      await nothingStored(media, files);
    });

    it('rejects an oversized or fake avatar in createPerson: no person, no media', async () => {
      const big = await noisyPng(90, 90);
      expect(big.byteLength).toBeGreaterThan(AVATAR_MAX);
      expect(big.byteLength).toBeLessThan(MEDIA_MAX); // too big only as an avatar
      for (const [bytes, type] of [
        [big, 'image/png'],
        [fake, 'image/jpeg'],
      ] as const) {
        const [media, files] = [await mediaCount(), uploadedFiles(app)];
        const name = unique('pic').toLowerCase();
        const res = await gqlMultipart(
          app,
          me.client,
          CREATE_PERSON,
          { preferredUsername: name, name: 'with avatar', avatar: { media: { name: 'me', file: 'avatar' } } },
          {
            avatar: { bytes, filename: 'me.png', contentType: type },
          },
        );
        expect(res.data.createPerson).toBeNull();
        expect(fieldErrors(res)).toEqual([invalid('avatar')]);
        expect(await actorsNamed(name)).toBe(0);
        await nothingStored(media, files);
      }
    });

    it('rejects a fake avatar in updatePerson and keeps the old one', async () => {
      const [media, files] = [await mediaCount(), uploadedFiles(app)];
      const res = await gqlMultipart(
        app,
        me.client,
        UPDATE_PERSON,
        { id: me.persons[0].id, avatar: { media: { name: 'me', file: 'avatar' } } },
        {
          avatar: { bytes: fake, filename: 'me.jpg', contentType: 'image/jpeg' },
        },
      );
      expect(fieldErrors(res)).toEqual([invalid('avatar')]);
      await nothingStored(media, files);
      expect((await db.query(`SELECT avatar_id FROM actors WHERE id = $1`, [me.persons[0].id]))[0].avatar_id).toBeNull();
    });

    it('accepts a small real avatar (the limits above are not refusing everything)', async () => {
      const res = await gqlMultipart(
        app,
        me.client,
        UPDATE_PERSON,
        { id: me.persons[0].id, avatar: { media: { name: 'me', file: 'avatar' } } },
        {
          avatar: { bytes: await jpeg(), filename: 'me.jpg', contentType: 'image/jpeg' },
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.updatePerson.avatar.id).toBeTruthy();
    });
  });

  describe('wrong types', () => {
    // HTTP 200 as for every GraphQL error (Apollo's own default is 400), and the variable as field.
    const expectTypeError = (res: GqlResponse, field?: string) => {
      expect(res.status).toBe(200);
      expect(res.data ?? null).toBeNull();
      expect(res.errors).toHaveLength(1);
      const expected = { code: 'validation', status_code: 422, ...(field ? { field } : {}) };
      expect(res.errors![0]).toMatchObject(expected);
      expect(res.errors![0].extensions).toMatchObject(expected);
    };

    it('maps a variable of the wrong type (email: 123) to a validation error', async () => {
      const res = await app.client().gql(CREATE_USER, { email: 123, password: 'a perfectly fine passphrase' });
      expectTypeError(res, 'email');
      expect(await usersWithEmail('123')).toBe(0);
    });

    it('maps page: "x" to a validation error', async () => {
      expectTypeError(await me.client.gql(`query Users($page: Int) { users(page: $page) { total } }`, { page: 'x' }), 'page');
    });

    it('maps an object where an ID is expected, and an unknown timezone, to validation errors', async () => {
      expectTypeError(await me.client.gql(UPDATE_PERSON, { id: { $gt: 0 }, name: 'x' }), 'id');
      expectTypeError(
        await me.client.gql(`mutation S($timezone: Timezone) { setUserSettings(timezone: $timezone) { timezone } }`, {
          timezone: 'Mars/Olympus',
        }),
        'timezone',
      );
    });

    it('maps a string where an upload is expected to a validation error', async () => {
      const media = await mediaCount();
      expectTypeError(
        await me.client.gql(`mutation U($file: Upload!) { uploadMedia(file: $file, name: "x") { id } }`, { file: 'not-a-file' }),
        'file',
      );
      expect(await mediaCount()).toBe(media);
    });

    it('maps a malformed document to a validation error', async () => {
      expectTypeError(await me.client.gql(`mutation { createUser(email: "a@b.c" password: ) { email } }`));
    });
  });

  describe('NUL bytes (issue 12.5)', () => {
    const eventsCount = () => count(`SELECT count(*) FROM events`);
    const CREATE_EVENT = `mutation C($organizerActorId: ID!, $title: String!, $beginsOn: DateTime!, $physicalAddress: AddressInput) {
      createEvent(organizerActorId: $organizerActorId, title: $title, description: "", beginsOn: $beginsOn, physicalAddress: $physicalAddress) { id }
    }`;
    const beginsOn = () => new Date(Date.now() + 86_400_000).toISOString();

    it('refuses a NUL byte in a variable, a nested input field or a literal with a 422 naming the field, storing nothing', async () => {
      const before = await eventsCount();
      const organizerActorId = me.persons[0].id;
      const inTitle = await me.client.gql(CREATE_EVENT, { organizerActorId, title: 'Pic\u0000nic', beginsOn: beginsOn() });
      expect(fieldErrors(inTitle)).toEqual([invalid('title')]);
      const inStreet = await me.client.gql(CREATE_EVENT, {
        organizerActorId,
        title: 'Picnic',
        beginsOn: beginsOn(),
        physicalAddress: { street: '1 rue\u0000', locality: 'Lyon' },
      });
      expect(fieldErrors(inStreet)).toEqual([invalid('street')]);
      const literal = await me.client.gql(
        `mutation { createEvent(organizerActorId: "${organizerActorId}", title: "a\\u0000b", description: "", beginsOn: "${beginsOn()}") { id } }`,
      );
      expect(fieldErrors(literal)).toEqual([invalid('title')]);
      expect(await eventsCount()).toBe(before);
      const name = await me.client.gql(UPDATE_PERSON, { id: me.persons[0].id, name: 'Me\u0000' });
      expect(fieldErrors(name)).toEqual([invalid('name')]);
      expect((await db.query(`SELECT name FROM actors WHERE id = $1`, [me.persons[0].id]))[0].name).toBe('Me');
    });

    it('refuses any string above the longest field (a description of 100,000 characters) before it runs, and takes one at that length', async () => {
      const before = await eventsCount();
      const DESCRIBED = `mutation D($organizerActorId: ID!, $description: String!, $beginsOn: DateTime!) {
        createEvent(organizerActorId: $organizerActorId, title: "Long read", description: $description, beginsOn: $beginsOn) { id }
      }`;
      const organizerActorId = me.persons[0].id;
      const tooLong = await me.client.gql(DESCRIBED, {
        organizerActorId,
        description: 'x'.repeat(MAX_INPUT_TEXT + 1),
        beginsOn: beginsOn(),
      });
      expect(fieldErrors(tooLong)).toEqual([invalid('description')]);
      expect(tooLong.errors![0].message).toContain(`at most ${MAX_INPUT_TEXT} characters`);
      // A password has no domain limit of its own: a 1 MB one is never hashed.
      const hugePassword = await me.client.gql(CREATE_USER, { email: 'big@example.org', password: 'p'.repeat(1024 * 1024) });
      expect(fieldErrors(hugePassword)).toEqual([invalid('password')]);
      expect(await usersWithEmail('big@example.org')).toBe(0);
      expect(await eventsCount()).toBe(before);
      const atLimit = await me.client.gql(DESCRIBED, {
        organizerActorId,
        description: `<p>${'x'.repeat(MAX_INPUT_TEXT - 7)}</p>`,
        beginsOn: beginsOn(),
      });
      expect(atLimit.errors).toBeUndefined();
      expect(await eventsCount()).toBe(before + 1);
    });
  });

  describe('shape rules (class-validator) and invisible titles', () => {
    it('refuses a location that is not a geohash with a 422 on location, and answers a real one', async () => {
      for (const query of [`{ events(location: "not a geohash!") { total } }`, `{ searchEvents(location: "not a geohash!") { total } }`]) {
        const res = await app.client().gql(query);
        expect(fieldErrors(res)).toEqual([invalid('location')]);
        expect(res.errors![0].message).toBe('location must be a geohash');
        expect(res.data?.events ?? res.data?.searchEvents ?? null).toBeNull();
      }
      const near = await app.client().gql(`{ searchEvents(location: "u09tvw", radius: 10) { total } }`);
      expect(near.errors).toBeUndefined();
      expect(near.data.searchEvents.total).toEqual(expect.any(Number));
    });

    it('refuses a title made only of zero-width and other invisible characters, storing nothing', async () => {
      const before = Number((await db.query(`SELECT count(*) FROM events`))[0].count);
      const res = await me.client.gql(
        `mutation C($a: ID!, $t: String!, $b: DateTime!) { createEvent(organizerActorId: $a, title: $t, description: "", beginsOn: $b) { id } }`,
        { a: me.persons[0].id, t: '\u200b\u200c\u200d\u2060\ufeff \u200b', b: new Date(Date.now() + 86_400_000).toISOString() },
      );
      expect(fieldErrors(res)).toEqual([invalid('title')]);
      expect(Number((await db.query(`SELECT count(*) FROM events`))[0].count)).toBe(before);
    });
  });

  describe('strict dates (issue 12.5)', () => {
    const CREATE = `mutation C($organizerActorId: ID!, $title: String!, $beginsOn: DateTime!, $endsOn: DateTime) {
      createEvent(organizerActorId: $organizerActorId, title: $title, description: "", beginsOn: $beginsOn, endsOn: $endsOn) { id beginsOn endsOn }
    }`;
    const titled = (title: string) => count(`SELECT count(*) FROM events WHERE title = $1`, [title]);

    it.each([
      ['2030-02-30T10:00:00Z'], // was stored as 2 March
      ['0000-06-01T10:00:00Z'], // was stored as year 0001
      ['2030-04-31T10:00:00+02:00'],
      ['2030-06-01T10:00:00'], // no offset: which instant?
      ['2030-06-01'],
    ])('refuses createEvent with beginsOn %s on its field, storing nothing', async (beginsOn) => {
      const title = unique('date');
      const res = await me.client.gql(CREATE, { organizerActorId: me.persons[0].id, title, beginsOn });
      expect(res.data?.createEvent ?? null).toBeNull();
      expect(fieldErrors(res)).toEqual([invalid('beginsOn')]);
      expect(res.errors![0].message).toMatch(
        /^Variable "\$beginsOn" got invalid value .*DateTime must be an ISO 8601 date-time of a real calendar date/,
      );
      expect(await titled(title)).toBe(0);
    });

    it('refuses an impossible endsOn, and a literal, naming the argument', async () => {
      const title = unique('date');
      const ends = await me.client.gql(CREATE, {
        organizerActorId: me.persons[0].id,
        title,
        beginsOn: '2030-02-27T10:00:00Z',
        endsOn: '2030-02-29T10:00:00Z',
      });
      expect(fieldErrors(ends)).toEqual([invalid('endsOn')]);
      const literal = await me.client.gql(
        `mutation { createEvent(organizerActorId: "${me.persons[0].id}", title: "${title}", description: "", beginsOn: "2030-02-30T10:00:00Z") { id } }`,
      );
      expect(fieldErrors(literal)).toEqual([invalid('beginsOn')]);
      expect(await titled(title)).toBe(0);
    });

    it('stores a real date with an offset as the instant it names', async () => {
      const title = unique('date');
      const res = await me.client.gql(CREATE, {
        organizerActorId: me.persons[0].id,
        title,
        beginsOn: '2030-03-01T00:30:00+01:00',
        endsOn: '2030-03-01T02:00:00+01:00',
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.createEvent).toMatchObject({ beginsOn: '2030-02-28T23:30:00.000Z', endsOn: '2030-03-01T01:00:00.000Z' });
      const [row] = await db.query(`SELECT begins_on FROM events WHERE title = $1`, [title]);
      expect(new Date(row.begins_on).toISOString()).toBe('2030-02-28T23:30:00.000Z');

      // An update with an impossible date changes nothing.
      const update = await me.client.gql(
        `mutation U($eventId: ID!, $beginsOn: DateTime) { updateEvent(eventId: $eventId, beginsOn: $beginsOn) { id } }`,
        {
          eventId: res.data.createEvent.id,
          beginsOn: '2030-02-31T10:00:00Z',
        },
      );
      expect(fieldErrors(update)).toEqual([invalid('beginsOn')]);
      const [after] = await db.query(`SELECT begins_on FROM events WHERE title = $1`, [title]);
      expect(new Date(after.begins_on).toISOString()).toBe('2030-02-28T23:30:00.000Z');
    });

    it("refuses an impossible date in a query's filter (loggedUser.participations)", async () => {
      const res = await me.client.gql(
        `query P($afterDatetime: DateTime) { loggedUser { participations(afterDatetime: $afterDatetime) { total } } }`,
        {
          afterDatetime: '2030-02-30T00:00:00Z',
        },
      );
      expect(fieldErrors(res)).toEqual([invalid('afterDatetime')]);
    });
  });

  describe('request size', () => {
    it('refuses a JSON body above 2 MB with HTTP 413 and stores nothing', async () => {
      const email = `${unique('big')}@example.org`;
      const response = await fetch(`${app.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: CREATE_USER, variables: { email, password: kb(3 * 1024) } }),
      });
      expect(response.status).toBe(413);
      expect(await usersWithEmail(email)).toBe(0);
    });

    it('refuses a multipart body far above the upload limits with HTTP 413 and stores nothing', async () => {
      const [media, files] = [await mediaCount(), uploadedFiles(app)];
      const res = await uploadImage(app, me.client, Buffer.alloc(MEDIA_MAX + 2 * 1024 * 1024, 1));
      expect(res.status).toBe(413);
      expect(await mediaCount()).toBe(media);
      expect(uploadedFiles(app)).toEqual(files);
    });
  });
});
