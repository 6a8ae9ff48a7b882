// Administration through /api with the Mobilizon web client's own operations: roles enforced on
// every field, admin settings (and `config` reflecting them at once), closed registrations with an
// allow-list, adminUpdateUser with its emails, deleteAccount by an administrator, the action log.
//
// Admin settings are instance-wide: this file runs on a database of its own, so closing
// registrations here never disturbs the test files running beside it.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/adapters/typeorm/data-source.js';
import { startTestApp, type Client, type GqlResponse, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { openTestDataSource, unique } from '../support/database.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('admin e2e test skipped: ../shared/mobilizon/client-ops is absent');

const op = (file: string, name: string) => operation(file, name).document;
const CREATE_EVENT = `mutation($o: ID!, $t: String!, $b: DateTime!) { createEvent(organizerActorId: $o, title: $t, description: "", beginsOn: $b) { id uuid } }`;
const CONFIG = `{ config { name description slogan contact rules registrationsOpen registrationsAllowlist languages primaryColor anonymous { reports { allowed } } } }`;

type Who = 'anonymous' | 'user' | 'moderator' | 'administrator';
const WHO: Who[] = ['anonymous', 'user', 'moderator', 'administrator'];

function outcome(res: GqlResponse): string {
  if (!res.errors?.length) return 'ok';
  return res.errors[0].code ?? 'error';
}

run('administration through /api', () => {
  let app: TestApp;
  let db: DataSource;
  let dbName: string;
  let admin: ConfirmedAccount;
  let moderator: ConfirmedAccount;
  let member: ConfirmedAccount;
  const clients = {} as Record<Who, Client>;

  beforeAll(async () => {
    // A fresh database for this file (the app migrates it at start).
    const shared = await openTestDataSource();
    dbName = `${shared.options.database as string}_admin_${process.pid}`;
    await shared.query(`DROP DATABASE IF EXISTS ${dbName}`);
    await shared.query(`CREATE DATABASE ${dbName}`);
    await shared.destroy();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${dbName}`;
    app = await startTestApp({ DATABASE_URL: url.toString() });
    db = createDataSource(url.toString(), { poolSize: 2 });
    await db.initialize();

    [admin, moderator, member] = await Promise.all([createConfirmedAccount(app), createConfirmedAccount(app), createConfirmedAccount(app)]);
    await db.query(`UPDATE users SET role = 'ADMINISTRATOR' WHERE id = $1`, [admin.userId]);
    await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [moderator.userId]);
    clients.anonymous = app.client();
    clients.user = member.client;
    clients.moderator = moderator.client;
    clients.administrator = admin.client;
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await app?.close();
    if (dbName) {
      const shared = await openTestDataSource();
      await shared.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await shared.destroy();
    }
  });

  describe('authorization matrix: every query and mutation × anonymous, user, moderator, administrator', () => {
    // What each caller gets: the data, or the error code the client reads.
    const matrix: { name: string; send: (c: Client) => Promise<GqlResponse>; expected: Record<Who, string> }[] = [
      {
        name: 'users',
        send: (c) => c.gql(op('user.graphql', 'LIST_USERS'), { page: 1, limit: 10 }),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'ok', administrator: 'ok' },
      },
      {
        name: 'user(id)',
        send: (c) => c.gql(op('user.graphql', 'GET_USER'), { id: member.userId }),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'ok', administrator: 'ok' },
      },
      {
        name: 'persons',
        send: (c) => c.gql(op('actor.graphql', 'LIST_PROFILES'), {}),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'ok', administrator: 'ok' },
      },
      {
        name: 'dashboard',
        send: (c) => c.gql(op('admin.graphql', 'DASHBOARD')),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'unauthorized', administrator: 'ok' },
      },
      {
        name: 'adminSettings',
        send: (c) => c.gql(op('admin.graphql', 'ADMIN_SETTINGS')),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'unauthorized', administrator: 'ok' },
      },
      {
        name: 'saveAdminSettings',
        send: (c) => c.gql(op('admin.graphql', 'SAVE_ADMIN_SETTINGS'), { instanceSlogan: `slogan ${unique()}` }),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'unauthorized', administrator: 'ok' },
      },
      {
        name: 'adminUpdateUser',
        send: (c) => c.gql(op('admin.graphql', 'ADMIN_UPDATE_USER'), { id: member.userId, role: 'USER', notify: false }),
        expected: { anonymous: 'unauthenticated', user: 'unauthorized', moderator: 'unauthorized', administrator: 'ok' },
      },
      {
        name: 'statistics',
        send: (c) => c.gql(op('statistics.graphql', 'STATISTICS')),
        expected: { anonymous: 'ok', user: 'ok', moderator: 'ok', administrator: 'ok' },
      },
      {
        name: 'categoryStatistics',
        send: (c) => c.gql(op('statistics.graphql', 'CATEGORY_STATISTICS')),
        expected: { anonymous: 'ok', user: 'ok', moderator: 'ok', administrator: 'ok' },
      },
      {
        name: 'languages',
        send: (c) => c.gql(op('admin.graphql', 'LANGUAGES_CODES'), { codes: ['fr'] }),
        expected: { anonymous: 'ok', user: 'ok', moderator: 'ok', administrator: 'ok' },
      },
    ];

    for (const row of matrix) {
      it(row.name, async () => {
        const got: Record<string, string> = {};
        for (const who of WHO) got[who] = outcome(await row.send(clients[who]));
        expect(got).toEqual(row.expected);
      });
    }

    it('a moderator cannot change roles or instance settings; an administrator can', async () => {
      const denied = await moderator.client.gql(op('admin.graphql', 'ADMIN_UPDATE_USER'), { id: member.userId, role: 'ADMINISTRATOR' });
      expect(denied.errors?.[0]).toMatchObject({ code: 'unauthorized', status_code: 403 });
      const [row] = await db.query(`SELECT role FROM users WHERE id = $1`, [member.userId]);
      expect(row.role).toBe('USER');
      const deniedSettings = await moderator.client.gql(op('admin.graphql', 'SAVE_ADMIN_SETTINGS'), { registrationsOpen: false });
      expect(deniedSettings.errors?.[0]).toMatchObject({ code: 'unauthorized' });
      expect((await app.client().gql(CONFIG)).data.config.registrationsOpen).toBe(true);
    });
  });

  it('saved settings show in adminSettings and in config at once, and the change is logged', async () => {
    const saved = await admin.client.gql(op('admin.graphql', 'SAVE_ADMIN_SETTINGS'), {
      instanceName: 'Town Hall',
      instanceDescription: 'Events of our town',
      instanceSlogan: 'Meet your neighbours',
      contact: 'hello@town.test',
      instanceRules: 'Be kind.',
      primaryColor: '#112233',
      instanceTermsType: 'URL',
      instanceTermsUrl: 'https://town.test/terms',
      instanceLanguages: ['fr', 'en'],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveAdminSettings).toMatchObject({
      instanceName: 'Town Hall',
      instanceTermsType: 'URL',
      instanceTermsUrl: 'https://town.test/terms',
      instanceLanguages: ['fr', 'en'],
      instanceLogo: null,
    });
    expect((await admin.client.gql(op('admin.graphql', 'ADMIN_SETTINGS'))).data.adminSettings).toMatchObject({
      instanceName: 'Town Hall',
      instanceRules: 'Be kind.',
    });

    const config = (await app.client().gql(CONFIG)).data.config;
    expect(config).toMatchObject({
      name: 'Town Hall',
      description: 'Events of our town',
      slogan: 'Meet your neighbours',
      contact: 'hello@town.test',
      rules: 'Be kind.',
      languages: ['fr', 'en'],
      primaryColor: '#112233',
    });
    const terms = await app.client().gql(`{ config { terms { type url } } }`);
    expect(terms.data.config.terms).toEqual({ type: 'URL', url: 'https://town.test/terms' });

    const invalid = await admin.client.gql(op('admin.graphql', 'SAVE_ADMIN_SETTINGS'), { primaryColor: 'blue' });
    expect(invalid.errors?.[0]).toMatchObject({ code: 'validation', field: 'primaryColor' });

    const [logRow] = await db.query(
      `SELECT moderator_actor_id::text AS actor, details FROM action_logs WHERE action = 'SETTINGS_UPDATE' AND details->'changed' ? 'name'`,
    );
    expect(logRow.actor).toBe(admin.persons[0].id);
  });

  it('closing registrations makes createUser fail with a clear error; the allow-list lets listed emails or domains through', async () => {
    const CREATE_USER = op('user.graphql', 'CREATE_USER');
    const closed = await admin.client.gql(
      `mutation($l: [String]) { saveAdminSettings(registrationsOpen: false, registrationsAllowlist: $l) { registrationsOpen registrationsAllowlist } }`,
      { l: ['friend@elsewhere.test', 'club.test'] },
    );
    expect(closed.data.saveAdminSettings).toEqual({
      registrationsOpen: false,
      registrationsAllowlist: ['friend@elsewhere.test', 'club.test'],
    });
    expect((await app.client().gql(CONFIG)).data.config).toMatchObject({ registrationsOpen: false, registrationsAllowlist: true });

    const refused = await app.client().gql(CREATE_USER, { email: `${unique('s')}@elsewhere.test`, password: 'a long enough password' });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Registrations are not open on this instance',
      code: 'unauthorized',
      status_code: 403,
    });
    const friend = await app.client().gql(CREATE_USER, { email: 'Friend@Elsewhere.test', password: 'a long enough password' });
    expect(friend.errors).toBeUndefined();
    const clubMember = await app.client().gql(CREATE_USER, { email: `${unique('c')}@club.test`, password: 'a long enough password' });
    expect(clubMember.errors).toBeUndefined();
    await app.smtp.waitFor((m) => m.to.includes('friend@elsewhere.test') && m.links.some((l) => l.includes('/validate/')));

    // Opened again: anyone may sign up.
    await admin.client.gql(`mutation { saveAdminSettings(registrationsOpen: true) { registrationsOpen } }`);
    const anyone = await app.client().gql(CREATE_USER, { email: `${unique('a')}@elsewhere.test`, password: 'a long enough password' });
    expect(anyone.errors).toBeUndefined();
  });

  it('adminUpdateUser changes the role, confirms and changes the email, with the emails when notify is set', async () => {
    const target = await createConfirmedAccount(app);
    const UPDATE = op('admin.graphql', 'ADMIN_UPDATE_USER');

    const promoted = await admin.client.gql(UPDATE, { id: target.userId, role: 'MODERATOR', notify: true });
    expect(promoted.data.adminUpdateUser).toMatchObject({ id: target.userId, role: 'MODERATOR' });
    const roleMail = await app.smtp.waitFor((m) => m.to.includes(target.email) && m.subject.includes('role'));
    expect(roleMail.text).toContain('made you moderator');
    // The new role applies to the next request.
    expect(outcome(await target.client.gql(op('user.graphql', 'LIST_USERS'), {}))).toBe('ok');

    const newEmail = `${unique('moved')}@example.org`;
    const moved = await admin.client.gql(UPDATE, { id: target.userId, email: newEmail, notify: true });
    expect(moved.data.adminUpdateUser.email).toBe(newEmail);
    const toOld = await app.smtp.waitFor((m) => m.to.includes(target.email) && m.subject.includes('changed the email address'));
    const toNew = await app.smtp.waitFor((m) => m.to.includes(newEmail) && m.subject.includes('changed the email address'));
    expect(toOld.text).toContain('will no longer be sent to this address');
    expect(toNew.text).toContain('log in with this address');

    // An account whose owner never clicked the link.
    const email = `${unique('late')}@example.org`;
    await app.client().gql(op('user.graphql', 'CREATE_USER'), { email, password: 'a long enough password' });
    const [pending] = await db.query(`SELECT id::text AS id FROM users WHERE email = $1`, [email]);
    const confirmed = await admin.client.gql(UPDATE, { id: pending.id, confirmed: true, notify: true });
    expect(confirmed.data.adminUpdateUser.confirmedAt).not.toBeNull();
    const confirmMail = await app.smtp.waitFor((m) => m.to.includes(email) && m.subject.includes('was confirmed'));
    expect(confirmMail.text).toContain('confirmed by an administrator');
    const login = await app.client().gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }`, {
      e: email,
      p: 'a long enough password',
    });
    expect(login.errors).toBeUndefined();

    const silent = await admin.client.gql(UPDATE, { id: target.userId, role: 'USER', notify: false });
    expect(silent.data.adminUpdateUser.role).toBe('USER');

    const logged: { action: string; object_id: string; details: Record<string, unknown> }[] = await db.query(
      `SELECT action, object_id, details FROM action_logs WHERE action = 'USER_UPDATE' AND object_id = ANY($1) ORDER BY id`,
      [[target.userId, pending.id]],
    );
    expect(logged.map((l) => Object.keys(l.details).filter((k) => k !== 'notify'))).toEqual([['role'], ['email'], ['confirmed'], ['role']]);

    const own = await admin.client.gql(UPDATE, { id: admin.userId, role: 'USER' });
    expect(own.errors?.[0]).toMatchObject({ code: 'unauthorized', field: 'role' });
  });

  it('GET_USER, LIST_USERS and LIST_PROFILES answer what the admin screens show', async () => {
    const user = await moderator.client.gql(op('user.graphql', 'GET_USER'), { id: member.userId });
    expect(user.errors).toBeUndefined();
    expect(user.data.user).toMatchObject({
      id: member.userId,
      email: member.email,
      role: 'USER',
      disabled: false,
      mediaSize: 0,
      participations: { total: 0 },
    });
    expect(user.data.user.actors.map((a: { preferredUsername: string }) => a.preferredUsername)).toEqual([
      member.persons[0].preferredUsername,
    ]);

    const users = await moderator.client.gql(op('user.graphql', 'LIST_USERS'), { email: member.email });
    expect(users.data.users).toMatchObject({ total: 1, elements: [{ id: member.userId }] });

    const profiles = await moderator.client.gql(op('actor.graphql', 'LIST_PROFILES'), {
      preferredUsername: member.persons[0].preferredUsername,
    });
    expect(profiles.data.persons).toMatchObject({
      total: 1,
      elements: [{ id: member.persons[0].id, preferredUsername: member.persons[0].preferredUsername }],
    });
    const suspended = await moderator.client.gql(op('actor.graphql', 'LIST_PROFILES'), { suspended: true });
    expect(suspended.data.persons.total).toBe(0);
    const all = await moderator.client.gql(op('actor.graphql', 'LIST_PROFILES'), { limit: 100 });
    // The instance's own anonymous actor belongs to nobody: not a profile to moderate.
    expect(all.data.persons.elements.map((p: { preferredUsername: string }) => p.preferredUsername)).not.toContain('anonymous');
  });

  it('dashboard and statistics count what the instance holds', async () => {
    const event = await member.client.gql(CREATE_EVENT, {
      o: member.persons[0].id,
      t: 'Town picnic',
      b: new Date(Date.now() + 86400_000).toISOString(),
    });
    expect(event.errors).toBeUndefined();

    const dashboard = (await admin.client.gql(op('admin.graphql', 'DASHBOARD'))).data.dashboard;
    const [{ users }] = await db.query(`SELECT count(*)::int AS users FROM users WHERE confirmed_at IS NOT NULL`);
    expect(dashboard).toMatchObject({
      numberOfUsers: users,
      numberOfEvents: 1,
      numberOfComments: 0,
      numberOfReports: 0,
      numberOfGroups: 0,
      lastGroupCreated: null,
    });
    expect(dashboard.lastPublicEventPublished).toMatchObject({
      uuid: event.data.createEvent.uuid,
      title: 'Town picnic',
      organizerActor: { id: member.persons[0].id },
    });

    const statistics = (await app.client().gql(op('statistics.graphql', 'STATISTICS'))).data.statistics;
    expect(statistics).toMatchObject({
      numberOfUsers: users,
      numberOfEvents: 1,
      numberOfLocalEvents: 1,
      numberOfLocalComments: 0,
      numberOfGroups: 0,
    });
    const categories = (await app.client().gql(op('statistics.graphql', 'CATEGORY_STATISTICS'))).data.categoryStatistics;
    expect(categories).toEqual([{ key: 'MEETING', number: 1 }]);
  });

  it('deleteAccount(userId) by an administrator deletes the account and leaves USER_DELETION in the action log', async () => {
    const leaving = await createConfirmedAccount(app);
    const DELETE = `mutation($id: ID) { deleteAccount(userId: $id) { id } }`;
    expect(outcome(await moderator.client.gql(DELETE, { id: leaving.userId }))).toBe('unauthorized');
    const deleted = await admin.client.gql(DELETE, { id: leaving.userId });
    expect(deleted.data.deleteAccount).toEqual({ id: leaving.userId });
    expect(await db.query(`SELECT 1 FROM users WHERE id = $1`, [leaving.userId])).toEqual([]);
    const [row] = await db.query(
      `SELECT moderator_actor_id::text AS actor, details FROM action_logs WHERE action = 'USER_DELETION' AND object_id = $1`,
      [leaving.userId],
    );
    expect(row).toEqual({
      actor: admin.persons[0].id,
      details: { email: leaving.email, identities: [leaving.persons[0].preferredUsername] },
    });
  });
});
