// The security promises of accounts, identities and media, end to end: another account cannot
// read the private fields of, update, delete, or act as someone else's identity, and cannot tell
// someone else's ids from ids that do not exist; anonymous callers get `unauthenticated` (401).
// Plain GraphQL documents (not ../shared's client operations) so these checks always run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/app.js';
import { openTestDataSource, unique } from '../support/database.js';
import { gqlMultipart, jpeg, uploadImage, UPLOAD_MEDIA_AS } from '../support/uploads.js';

const PERSON_FIELDS = `id preferredUsername name summary url domain type suspended mediaSize
  avatar { id url } banner { id url } feedTokens { token } user { id email }`;
const PERSON = `query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`;
const FETCH_PERSON = `query FetchPerson($username: String!) { fetchPerson(preferredUsername: $username) { ${PERSON_FIELDS} } }`;
const IDENTITIES = `query { identities { id preferredUsername name summary avatar { id } } }`;
const LOGGED_USER = `query { loggedUser { id email defaultActor { id preferredUsername } } }`;
const UPDATE_PERSON = `mutation UpdatePerson($id: ID!, $name: String, $summary: String, $avatar: MediaInput) {
  updatePerson(id: $id, name: $name, summary: $summary, avatar: $avatar) { id name summary avatar { id } }
}`;
const DELETE_PERSON = `mutation DeletePerson($id: ID!) { deletePerson(id: $id) { id preferredUsername } }`;
const CREATE_PERSON = `mutation CreatePerson($preferredUsername: String!, $name: String, $avatar: MediaInput) {
  createPerson(preferredUsername: $preferredUsername, name: $name, avatar: $avatar) { id avatar { id } }
}`;
const CHANGE_DEFAULT = `mutation ChangeDefault($preferredUsername: String!) { changeDefaultActor(preferredUsername: $preferredUsername) { id defaultActor { id } } }`;
const REMOVE_MEDIA = `mutation RemoveMedia($id: ID!) { removeMedia(id: $id) { id } }`;
const MEDIA = `query Media($id: ID!) { media(id: $id) { id url } }`;
const DELETE_ACCOUNT = `mutation DeleteAccount($password: String, $userId: ID) { deleteAccount(password: $password, userId: $userId) { id } }`;
const REGISTER_PERSON = `mutation RegisterPerson($preferredUsername: String!, $name: String!, $summary: String!, $email: String!) {
  registerPerson(preferredUsername: $preferredUsername, name: $name, summary: $summary, email: $email) { id preferredUsername }
}`;
const CREATE_USER = `mutation CreateUser($email: String!, $password: String!) { createUser(email: $email, password: $password) { email } }`;

// Ids that exist nowhere: the answers for someone else's ids must be indistinguishable from these.
const NO_SUCH_ID = '987654321987';

/** What a caller can learn from an error. */
function errorOf(res: GqlResponse): { message: string; code: unknown; status_code: unknown; field: unknown } {
  expect(res.errors).toHaveLength(1);
  const [e] = res.errors!;
  return { message: e.message, code: e.code, status_code: e.status_code, field: e.field };
}

describe('authorization between accounts, and for anonymous callers', () => {
  let app: TestApp;
  let db: DataSource;
  let a: ConfirmedAccount;
  let b: ConfirmedAccount;
  let aMedia: { id: string; url: string };
  const servedUrl = (url: string) => url.replace(app.convene.config.baseUrl, app.url);

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    a = await createConfirmedAccount(app, {
      identities: [
        { name: 'Alice at work', summary: 'works' },
        { name: 'Alice at home', summary: 'plays' },
      ],
    });
    b = await createConfirmedAccount(app, { identities: [{ name: 'Bob', summary: 'bob' }] });
    const uploaded = await uploadImage(app, a.client, await jpeg(), { name: 'alice', actorId: a.persons[0].id });
    expect(uploaded.errors).toBeUndefined();
    aMedia = uploaded.data.uploadMedia;
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  const personRow = async (id: string) => (await db.query(`SELECT name, summary, avatar_id FROM actors WHERE id = $1`, [id]))[0];

  describe('another account cannot act on A’s identities', () => {
    it('cannot update A’s person, and cannot tell it from a missing one', async () => {
      const before = await personRow(a.persons[0].id);
      const theirs = await b.client.gql(UPDATE_PERSON, { id: a.persons[0].id, name: 'pwned', summary: 'pwned' });
      const missing = await b.client.gql(UPDATE_PERSON, { id: NO_SUCH_ID, name: 'pwned' });
      expect(theirs.data.updatePerson).toBeNull();
      expect(errorOf(theirs)).toMatchObject({ code: 'not_found', status_code: 404 });
      expect(errorOf(theirs)).toEqual(errorOf(missing));

      // A still sees its own identity as it was.
      expect(await personRow(a.persons[0].id)).toEqual(before);
      const mine = await a.client.gql(IDENTITIES);
      expect(mine.data.identities.find((p: any) => p.id === a.persons[0].id)).toMatchObject({ name: 'Alice at work', summary: 'works' });
    });

    it('cannot set an avatar on A’s person with an upload either, and nothing is stored', async () => {
      const mediaBefore = Number((await db.query(`SELECT count(*) FROM media`))[0].count);
      const res = await gqlMultipart(
        app,
        b.client,
        UPDATE_PERSON,
        { id: a.persons[0].id, avatar: { media: { name: 'x', file: 'pic' } } },
        {
          pic: { bytes: await jpeg(), filename: 'x.jpg', contentType: 'image/jpeg' },
        },
      );
      expect(errorOf(res)).toMatchObject({ code: 'not_found', status_code: 404 });
      expect(Number((await db.query(`SELECT count(*) FROM media`))[0].count)).toBe(mediaBefore);
    });

    it('cannot delete A’s person, and cannot tell it from a missing one', async () => {
      const theirs = await b.client.gql(DELETE_PERSON, { id: a.persons[1].id });
      const missing = await b.client.gql(DELETE_PERSON, { id: NO_SUCH_ID });
      expect(theirs.data.deletePerson).toBeNull();
      expect(errorOf(theirs)).toMatchObject({ code: 'not_found', status_code: 404 });
      expect(errorOf(theirs)).toEqual(errorOf(missing));
      const mine = await a.client.gql(IDENTITIES);
      expect(mine.data.identities.map((p: any) => p.id)).toEqual(a.persons.map((p) => p.id));
    });

    it('cannot make A’s identity its default, and cannot tell its name from a free one', async () => {
      const theirs = await b.client.gql(CHANGE_DEFAULT, { preferredUsername: a.persons[1].preferredUsername });
      const missing = await b.client.gql(CHANGE_DEFAULT, { preferredUsername: unique('nobody').toLowerCase() });
      expect(theirs.data.changeDefaultActor).toBeNull();
      expect(errorOf(theirs)).toMatchObject({ code: 'not_found', status_code: 404 });
      expect(errorOf(theirs)).toEqual(errorOf(missing));
      const logged = await b.client.gql(LOGGED_USER);
      expect(logged.data.loggedUser.defaultActor.id).toBe(b.persons[0].id);
      const owner = await db.query(`SELECT default_actor_id::text AS id FROM users WHERE id = $1`, [a.userId]);
      expect(owner[0].id).toBe(a.persons[0].id);
    });

    it('cannot upload media as A’s identity; nothing is stored', async () => {
      const before = Number((await db.query(`SELECT count(*) FROM media WHERE user_id = $1`, [b.userId]))[0].count);
      const theirs = await uploadImage(app, b.client, await jpeg(), { actorId: a.persons[0].id });
      const missing = await uploadImage(app, b.client, await jpeg(), { actorId: NO_SUCH_ID });
      expect(theirs.data.uploadMedia).toBeNull();
      expect(errorOf(theirs)).toMatchObject({ code: 'not_found', status_code: 404 });
      expect(errorOf(theirs)).toEqual(errorOf(missing));
      expect(Number((await db.query(`SELECT count(*) FROM media WHERE user_id = $1`, [b.userId]))[0].count)).toBe(before);
      // Its own identity works: the refusal was about ownership.
      const own = await uploadImage(app, b.client, await jpeg(), { actorId: b.persons[0].id });
      expect(own.errors).toBeUndefined();
    });

    it('cannot remove A’s media, nor read it by id; the file is still served', async () => {
      const theirs = await b.client.gql(REMOVE_MEDIA, { id: aMedia.id });
      const missing = await b.client.gql(REMOVE_MEDIA, { id: NO_SUCH_ID });
      expect(theirs.data.removeMedia).toBeNull();
      expect(errorOf(theirs)).toMatchObject({ code: 'not_found', status_code: 404 });
      expect(errorOf(theirs)).toEqual(errorOf(missing));

      const read = await b.client.gql(MEDIA, { id: aMedia.id });
      expect(errorOf(read)).toEqual(errorOf(await b.client.gql(MEDIA, { id: NO_SUCH_ID })));

      expect(await db.query(`SELECT id FROM media WHERE id = $1`, [aMedia.id])).toHaveLength(1);
      const file = await fetch(servedUrl(aMedia.url));
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/jpeg');
    });

    it('cannot use A’s media as its own avatar, in createPerson or updatePerson', async () => {
      const username = unique('thief').toLowerCase();
      const created = await b.client.gql(CREATE_PERSON, { preferredUsername: username, name: 'thief', avatar: { mediaId: aMedia.id } });
      expect(created.data.createPerson).toBeNull();
      expect(errorOf(created)).toMatchObject({ code: 'validation', status_code: 422, field: 'avatar' });
      const createdMissing = await b.client.gql(CREATE_PERSON, {
        preferredUsername: username,
        name: 'thief',
        avatar: { mediaId: NO_SUCH_ID },
      });
      expect(errorOf(created)).toEqual(errorOf(createdMissing));
      expect(await db.query(`SELECT id FROM actors WHERE preferred_username = $1`, [username])).toHaveLength(0);

      const updated = await b.client.gql(UPDATE_PERSON, { id: b.persons[0].id, avatar: { mediaId: aMedia.id } });
      const updatedMissing = await b.client.gql(UPDATE_PERSON, { id: b.persons[0].id, avatar: { mediaId: NO_SUCH_ID } });
      expect(errorOf(updated)).toMatchObject({ code: 'validation', status_code: 422, field: 'avatar' });
      expect(errorOf(updated)).toEqual(errorOf(updatedMissing));
      expect((await personRow(b.persons[0].id)).avatar_id).toBeNull();
    });

    it('cannot delete A’s account', async () => {
      const res = await b.client.gql(DELETE_ACCOUNT, { userId: a.userId, password: b.password });
      expect(res.data.deleteAccount).toBeNull();
      expect(errorOf(res)).toMatchObject({ code: 'unauthorized', status_code: 403 });
      // Nor learn whether an account id exists.
      expect(errorOf(res)).toEqual(errorOf(await b.client.gql(DELETE_ACCOUNT, { userId: NO_SUCH_ID, password: b.password })));
      const still = await a.client.gql(LOGGED_USER);
      expect(still.data.loggedUser.email).toBe(a.email);
      expect(await db.query(`SELECT id FROM users WHERE id = $1`, [a.userId])).toHaveLength(1);
    });
  });

  describe('what others may read of an identity', () => {
    it('shows B only the public fields of A’s person', async () => {
      const res = await b.client.gql(PERSON, { id: a.persons[0].id });
      expect(res.errors).toBeUndefined();
      expect(res.data.person).toMatchObject({
        id: a.persons[0].id,
        preferredUsername: a.persons[0].preferredUsername,
        name: 'Alice at work',
      });
      expect(res.data.person.user).toBeNull();
      expect(res.data.person.feedTokens).toBeNull();
      expect(res.data.person.mediaSize).toBeNull();
      // Same through fetchPerson, and for an anonymous caller.
      const fetched = await b.client.gql(FETCH_PERSON, { username: a.persons[0].preferredUsername });
      expect(fetched.data.fetchPerson).toMatchObject({ id: a.persons[0].id, user: null, feedTokens: null, mediaSize: null });
      const anonymous = await app.client().gql(PERSON, { id: a.persons[0].id });
      expect(anonymous.data.person).toMatchObject({ id: a.persons[0].id, user: null, feedTokens: null, mediaSize: null });
    });

    it('shows A its own person with its account', async () => {
      const res = await a.client.gql(PERSON, { id: a.persons[0].id });
      expect(res.errors).toBeUndefined();
      expect(res.data.person.user).toEqual({ id: a.userId, email: a.email });
      expect(res.data.person.feedTokens).toEqual([]);
      expect(res.data.person.mediaSize).toBeGreaterThan(0);
    });

    it('lets nobody else link A’s two identities to one account', async () => {
      for (const reader of [b.client, app.client()]) {
        const [first, second] = await Promise.all(a.persons.map((p) => reader.gql(PERSON, { id: p.id })));
        const one = first.data.person;
        const two = second.data.person;
        expect([one.user, two.user]).toEqual([null, null]);
        for (const body of [JSON.stringify(first), JSON.stringify(second)]) {
          expect(body).not.toContain(a.email);
        }
        // The only values both share are the ones every local person has.
        const shared = Object.keys(one).filter((k) => one[k] !== null && JSON.stringify(one[k]) === JSON.stringify(two[k]));
        expect(shared.sort()).toEqual(['suspended', 'type']);
      }
    });
  });

  describe('anonymous callers', () => {
    const anonymousOps: [string, string, Record<string, unknown>][] = [
      ['loggedUser', LOGGED_USER, {}],
      ['identities', IDENTITIES, {}],
      ['loggedPerson', `query { loggedPerson { id } }`, {}],
      ['fetchPerson', FETCH_PERSON, { username: 'whoever' }],
      ['createPerson', CREATE_PERSON, { preferredUsername: 'anonymous_one', name: 'x' }],
      ['updatePerson', UPDATE_PERSON, { id: '1', name: 'x' }],
      ['deletePerson', DELETE_PERSON, { id: '1' }],
      ['changeDefaultActor', CHANGE_DEFAULT, { preferredUsername: 'whoever' }],
      [
        'changePassword',
        `mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) { id } }`,
        { o: 'old password', n: 'new password 123' },
      ],
      [
        'changeEmail',
        `mutation($e: String!, $p: String!) { changeEmail(email: $e, password: $p) { id } }`,
        { e: 'x@example.org', p: 'some password' },
      ],
      ['deleteAccount', DELETE_ACCOUNT, { password: 'some password' }],
      ['setUserSettings', `mutation { setUserSettings(notificationOnDay: false) { notificationOnDay } }`, {}],
      ['updateLocale', `mutation { updateLocale(locale: "fr") { id } }`, {}],
      ['removeMedia', REMOVE_MEDIA, { id: '1' }],
      ['media', MEDIA, { id: '1' }],
      ['logout', `mutation($t: String!) { logout(refreshToken: $t) }`, { t: 'whatever' }],
    ];

    const expectUnauthenticated = (res: GqlResponse) => {
      expect(res.status).toBe(200);
      expect(res.errors).toHaveLength(1);
      const [e] = res.errors!;
      expect(e).toMatchObject({ code: 'unauthenticated', status_code: 401 });
      expect(e.extensions).toMatchObject({ code: 'unauthenticated', status_code: 401 });
    };

    it.each(anonymousOps)('%s needs a session', async (_name, query, variables) => {
      expectUnauthenticated(await app.client().gql(query, variables));
    });

    it('uploadMedia needs a session, and stores nothing', async () => {
      const before = Number((await db.query(`SELECT count(*) FROM media`))[0].count);
      const res = await gqlMultipart(
        app,
        app.client(),
        UPLOAD_MEDIA_AS,
        { file: 'f', name: 'anon' },
        { f: { bytes: await jpeg(), filename: 'a.jpg', contentType: 'image/jpeg' } },
      );
      expectUnauthenticated(res);
      expect(Number((await db.query(`SELECT count(*) FROM media`))[0].count)).toBe(before);
    });

    it('changed nothing while trying', async () => {
      expect(await db.query(`SELECT id FROM actors WHERE preferred_username = 'anonymous_one'`)).toHaveLength(0);
    });
  });

  describe('bearer tokens', () => {
    const post = (authorization: string | null) =>
      fetch(`${app.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization === null ? {} : { authorization }) },
        body: JSON.stringify({ query: '{ loggedUser { id } }' }),
      });
    const forge = (claims: Record<string, unknown>, secret = app.convene.config.jwtSecret) =>
      jwt.sign({ role: 'USER', typ: 'access', ...claims }, secret, {
        algorithm: 'HS256',
        subject: a.userId,
        issuer: app.convene.config.baseUrl,
        noTimestamp: true,
      });

    it('accepts a token forged the way the server signs them (so the refusals below are about the token)', async () => {
      const res = await post(`Bearer ${forge({ exp: Math.floor(Date.now() / 1000) + 60 })}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).data.loggedUser.id).toBe(a.userId);
    });

    it.each([
      ['expired', () => forge({ exp: Math.floor(Date.now() / 1000) - 60 })],
      [
        'signed with another secret',
        () => forge({ exp: Math.floor(Date.now() / 1000) + 60 }, 'another-secret-that-is-long-enough-0123456789'),
      ],
      ['a refresh token used as access token', () => a.refreshToken],
      ['not a JWT', () => 'abc.def.ghi'],
      ['tampered', () => `${a.accessToken.slice(0, -2)}xx`],
    ])('refuses a bearer token that is %s with 401 invalid_token', async (_what, token) => {
      const res = await post(`Bearer ${token()}`);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ message: 'invalid_token' });
    });

    it.each([['null'], ['Bearer null'], [null]])('treats Authorization %p as anonymous', async (header) => {
      const res = await post(header);
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      expect(body.errors[0]).toMatchObject({ code: 'unauthenticated', status_code: 401 });
    });
  });

  describe('registerPerson without a session', () => {
    const register = (email: string, preferredUsername: string) =>
      app.client().gql(REGISTER_PERSON, { email, preferredUsername, name: 'squatter', summary: '' });
    const actorsNamed = async (name: string) => (await db.query(`SELECT id FROM actors WHERE preferred_username = $1`, [name])).length;

    it('is refused for a confirmed account, with or without identities', async () => {
      const bare = await createConfirmedAccount(app, { identities: [] });
      for (const email of [bare.email, a.email]) {
        const name = unique('squat').toLowerCase();
        const res = await register(email, name);
        expect(res.data.registerPerson).toBeNull();
        expect(errorOf(res)).toMatchObject({ code: 'unauthenticated', status_code: 401 });
        expect(await actorsNamed(name)).toBe(0);
      }
      expect((await bare.client.gql(IDENTITIES)).data.identities).toEqual([]);
    });

    it('is refused for an unconfirmed account older than the sign-up window', async () => {
      const email = `${unique('old')}@example.org`.toLowerCase();
      expect((await app.client().gql(CREATE_USER, { email, password: 'a long enough passphrase' })).errors).toBeUndefined();
      await db.query(`UPDATE users SET created_at = now() - interval '2 hours' WHERE email = $1`, [email]);
      const name = unique('late').toLowerCase();
      const res = await register(email, name);
      expect(errorOf(res)).toMatchObject({ code: 'unauthenticated', status_code: 401 });
      expect(await actorsNamed(name)).toBe(0);
    });

    it('answers an unknown email like a confirmed one, so it reveals no account', async () => {
      const known = await register(a.email, unique('probe').toLowerCase());
      const unknown = await register(`${unique('ghost')}@example.org`, unique('probe').toLowerCase());
      expect(errorOf(unknown)).toEqual(errorOf(known));
    });

    it('is refused with another account’s session', async () => {
      const name = unique('other').toLowerCase();
      const res = await b.client.gql(REGISTER_PERSON, { email: a.email, preferredUsername: name, name: 'x', summary: '' });
      expect(res.data.registerPerson).toBeNull();
      expect(errorOf(res)).toMatchObject({ code: 'not_found', status_code: 404 });
      // An address of nobody answers the same.
      const ghost = await b.client.gql(REGISTER_PERSON, {
        email: `${unique('ghost')}@example.org`,
        preferredUsername: name,
        name: 'x',
        summary: '',
      });
      expect(errorOf(ghost)).toEqual(errorOf(res));
      expect(await actorsNamed(name)).toBe(0);
    });

    it('still works for a fresh unconfirmed account (the web client’s sign-up flow)', async () => {
      const email = `${unique('fresh')}@example.org`.toLowerCase();
      expect((await app.client().gql(CREATE_USER, { email, password: 'a long enough passphrase' })).errors).toBeUndefined();
      const name = unique('fresh').toLowerCase();
      const res = await register(email, name);
      expect(res.errors).toBeUndefined();
      expect(res.data.registerPerson.preferredUsername).toBe(name);
    });
  });
});
