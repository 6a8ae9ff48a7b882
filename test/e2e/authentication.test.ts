// Authentication end to end: `login` through the passport-local strategy (and the LogIn rules it
// runs), and the bearer guard through the passport bearer strategy, on a GraphQL operation and on
// an HTTP route. Plain GraphQL documents, so these checks always run.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/app.js';
import { openTestDataSource, unique } from '../support/database.js';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken user { id email role } }
}`;
const CREATE_USER = `mutation CreateUser($email: String!, $password: String!) { createUser(email: $email, password: $password) { email } }`;
const LOGGED_USER = `query { loggedUser { id email } }`;
const REFRESH = `mutation Refresh($refreshToken: String!) { refreshToken(refreshToken: $refreshToken) { accessToken refreshToken } }`;
const CHANGE_PASSWORD = `mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
  changePassword(oldPassword: $oldPassword, newPassword: $newPassword) { id }
}`;

/** All a caller can tell from a refused login. */
function refusal(res: GqlResponse): { message: string; code: unknown; status_code: unknown; extensions: unknown } {
  expect(res.data?.login ?? null).toBeNull();
  expect(res.errors).toHaveLength(1);
  const [e] = res.errors!;
  return { message: e.message, code: e.code, status_code: e.status_code, extensions: e.extensions };
}

/**
 * The Mobilizon web client's login form shows each error's `message`, unless the error's
 * `status_code` is 401 or 403: those it takes for an expired access token, and it refreshes and
 * retries instead, which leaves the form frozen without a word (its error link).
 */
function expectShownByTheWebClient(answer: ReturnType<typeof refusal>): void {
  expect([401, 403]).not.toContain(answer.status_code);
  expect(answer.status_code).toBe(404); // as Mobilizon answers a failed login
  expect(answer.extensions).toMatchObject({ code: answer.code, status_code: answer.status_code });
  expect(answer.message.length).toBeGreaterThan(10);
}

describe('authentication through passport', () => {
  let app: TestApp;
  let db: DataSource;
  let account: ConfirmedAccount;

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    account = await createConfirmedAccount(app, { identities: [] });
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  describe('login (passport-local)', () => {
    it('opens a session whose access token authenticates', async () => {
      const res = await app.client().gql(LOGIN, { email: account.email.toUpperCase(), password: account.password });
      expect(res.errors).toBeUndefined();
      expect(res.data.login.user).toEqual({ id: account.userId, email: account.email, role: 'USER' });
      expect(res.data.login.refreshToken).toEqual(expect.any(String));
      const me = await app.client(res.data.login.accessToken).gql(LOGGED_USER);
      expect(me.data.loggedUser).toEqual({ id: account.userId, email: account.email });
    });

    it('refuses a wrong password and an unknown email with one answer', async () => {
      const wrong = refusal(await app.client().gql(LOGIN, { email: account.email, password: 'not the password at all' }));
      const unknown = refusal(await app.client().gql(LOGIN, { email: `${unique('ghost')}@example.org`, password: 'whatever it is' }));
      expect(wrong).toMatchObject({
        code: 'invalid_credentials',
        message: 'Impossible to authenticate, either your email or password are invalid.',
      });
      expect(unknown).toEqual(wrong);
    });

    it('answers an empty password (which passport-local refuses itself) like a wrong one', async () => {
      const wrong = refusal(await app.client().gql(LOGIN, { email: account.email, password: 'not the password at all' }));
      const empty = refusal(await app.client().gql(LOGIN, { email: account.email, password: '' }));
      expect(empty).toEqual(wrong);
    });

    it('tells an unconfirmed account, only to whoever knows its password', async () => {
      const email = `${unique('unconfirmed')}@example.org`.toLowerCase();
      const password = 'an unconfirmed passphrase';
      expect((await app.client().gql(CREATE_USER, { email, password })).errors).toBeUndefined();
      const right = refusal(await app.client().gql(LOGIN, { email, password }));
      expect(right).toMatchObject({ code: 'account_not_confirmed', message: 'User account not confirmed' });
      const wrong = refusal(await app.client().gql(LOGIN, { email, password: 'not the password at all' }));
      const ghost = refusal(
        await app.client().gql(LOGIN, { email: `${unique('ghost')}@example.org`, password: 'not the password at all' }),
      );
      expect(wrong).toEqual(ghost);
    });

    it('refuses a disabled account', async () => {
      const disabled = await createConfirmedAccount(app, { identities: [] });
      await db.query(`UPDATE users SET disabled = true WHERE id = $1`, [disabled.userId]);
      const res = refusal(await app.client().gql(LOGIN, { email: disabled.email, password: disabled.password }));
      expect(res).toMatchObject({ code: 'account_disabled', message: 'This user has been disabled' });
    });

    it('slows a guessing client down without locking the owner out', async () => {
      const target = await createConfirmedAccount(app, { identities: [] });
      const attacker = app.client();
      for (let i = 0; i < 5; i++) {
        const res = await attacker.gql(LOGIN, { email: target.email, password: `guess number ${i}` });
        expect(res.errors?.[0].code).toBe('invalid_credentials');
      }
      const slowed = await attacker.gql(LOGIN, { email: target.email, password: target.password });
      expect(slowed.errors?.[0]).toMatchObject({ code: 'rate_limited', status_code: 429 });
      const owner = await app.client().gql(LOGIN, { email: target.email, password: target.password });
      expect(owner.errors).toBeUndefined();
      expect(owner.data.login.user.id).toBe(target.userId);
    });

    it('answers every refusal so that the web client shows its message', async () => {
      const email = `${unique('unconfirmed')}@example.org`.toLowerCase();
      expect((await app.client().gql(CREATE_USER, { email, password: 'an unconfirmed passphrase' })).errors).toBeUndefined();
      const disabled = await createConfirmedAccount(app, { identities: [] });
      await db.query(`UPDATE users SET disabled = true WHERE id = $1`, [disabled.userId]);
      const answers = {
        wrongPassword: refusal(await app.client().gql(LOGIN, { email: account.email, password: 'not the password at all' })),
        unknownEmail: refusal(await app.client().gql(LOGIN, { email: `${unique('ghost')}@example.org`, password: 'not it' })),
        unconfirmed: refusal(await app.client().gql(LOGIN, { email, password: 'an unconfirmed passphrase' })),
        disabled: refusal(await app.client().gql(LOGIN, { email: disabled.email, password: disabled.password })),
      };
      for (const answer of Object.values(answers)) expectShownByTheWebClient(answer);
      // Known and unknown addresses cannot be told apart, extensions included.
      expect(answers.unknownEmail).toEqual(answers.wrongPassword);
    });
  });

  describe('bearer tokens (passport-http-bearer), one guard for GraphQL and HTTP', () => {
    const withAuthorization = (path: string, authorization: string | null, init: RequestInit = {}) =>
      fetch(`${app.url}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...(authorization === null ? {} : { authorization }) },
      });
    const graphql = (authorization: string | null) =>
      withAuthorization('/api', authorization, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGGED_USER }),
      });
    const feed = (authorization: string | null) => withAuthorization('/feed/instance/ics', authorization);

    it('authenticates a GraphQL operation', async () => {
      const res = await graphql(`Bearer ${account.accessToken}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as any).data.loggedUser.id).toBe(account.userId);
    });

    it('lets anonymous requests through to both', async () => {
      for (const header of [null, 'null', 'Bearer null']) {
        const api = await graphql(header);
        expect(api.status).toBe(200);
        expect(((await api.json()) as any).errors[0]).toMatchObject({ code: 'unauthenticated', status_code: 401 });
        expect((await feed(header)).status).toBe(200);
      }
    });

    it('accepts a valid token on an HTTP route', async () => {
      const res = await feed(`Bearer ${account.accessToken}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('BEGIN:VCALENDAR');
    });

    it('refuses a bad token with 401 invalid_token on both', async () => {
      for (const token of ['abc.def.ghi', `${account.accessToken.slice(0, -2)}xx`, account.refreshToken]) {
        for (const res of [await graphql(`Bearer ${token}`), await feed(`Bearer ${token}`)]) {
          expect(res.status).toBe(401);
          expect(await res.json()).toEqual({ message: 'invalid_token' });
        }
      }
    });

    it('refuses the token of an account disabled since it was issued, on both', async () => {
      const later = await createConfirmedAccount(app, { identities: [] });
      expect((await feed(`Bearer ${later.accessToken}`)).status).toBe(200);
      await db.query(`UPDATE users SET disabled = true WHERE id = $1`, [later.userId]);
      for (const res of [await graphql(`Bearer ${later.accessToken}`), await feed(`Bearer ${later.accessToken}`)]) {
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({ message: 'invalid_token' });
      }
    });
  });

  it('changing the password ends the other sessions and keeps the current one, through its refreshes', async () => {
    const me = await createConfirmedAccount(app, { identities: [] });
    const login = async () => (await app.client().gql(LOGIN, { email: me.email, password: me.password })).data.login;
    const laptop = await login();
    const phone = await login();
    // The phone has refreshed once: its new access token still names its session.
    const refreshed = (await app.client().gql(REFRESH, { refreshToken: phone.refreshToken })).data.refreshToken;
    const changed = await app
      .client(refreshed.accessToken)
      .gql(CHANGE_PASSWORD, { oldPassword: me.password, newPassword: 'a fresh long passphrase' });
    expect(changed.errors).toBeUndefined();
    for (const other of [laptop.refreshToken, me.refreshToken]) {
      const res = await app.client().gql(REFRESH, { refreshToken: other });
      expect(res.errors?.[0]).toMatchObject({ field: 'token' });
    }
    const kept = await app.client().gql(REFRESH, { refreshToken: refreshed.refreshToken });
    expect(kept.errors).toBeUndefined();
    expect((await app.client(kept.data.refreshToken.accessToken).gql(LOGGED_USER)).data.loggedUser.id).toBe(me.userId);
  });

  it('keeps each app its own strategies when a second app runs in the same process', async () => {
    const other = await startTestApp();
    try {
      const here = await app.client().gql(LOGIN, { email: account.email, password: account.password });
      expect(here.errors).toBeUndefined();
      // Issued by this app (its issuer is its base URL): the other app refuses it, this one accepts it.
      const token = here.data.login.accessToken;
      expect((await app.client(token).gql(LOGGED_USER)).data.loggedUser.id).toBe(account.userId);
      const elsewhere = await fetch(`${other.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: LOGGED_USER }),
      });
      expect(elsewhere.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
