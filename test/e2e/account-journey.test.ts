// The whole life of an account, driven by the Mobilizon web client's own operations, with the
// emails read from a real SMTP receiver.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import sharp from 'sharp';
import { startTestApp, type Client, type TestApp } from '../support/app.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { unique } from '../support/database.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('account journey skipped: ../shared/mobilizon/client-ops is absent');

const op = (file: string, name: string) => operation(file, name).document;

function tokenFrom(link: string, prefix: string): string {
  const url = new URL(link);
  expect(url.pathname.startsWith(prefix)).toBe(true);
  return decodeURIComponent(url.pathname.slice(prefix.length));
}

async function uploadMultipart(app: TestApp, client: Client, bytes: Buffer, filename: string): Promise<any> {
  // The web client's (Absinthe) convention: a variable names the form part holding the file.
  const form = new FormData();
  form.set('query', op('upload.graphql', 'UPLOAD_MEDIA'));
  form.set('variables', JSON.stringify({ file: 'picture', name: filename, alt: 'a test picture' }));
  form.set('picture', new Blob([bytes], { type: 'image/jpeg' }), filename);
  const response = await fetch(`${app.url}/api`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'x-forwarded-for': client.ip },
    body: form,
  });
  return response.json();
}

run('an account from sign-up to deletion, through the web client operations', () => {
  let app: TestApp;
  const email = `${unique('journey')}@example.org`;
  const password = 'correct horse battery';
  const anonymous = () => app.client();
  let session: Client;
  let refreshToken: string;
  let firstUsername: string;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs up and gets a confirmation email with a /validate link', async () => {
    const res = await anonymous().gql(op('user.graphql', 'CREATE_USER'), { email, password, locale: 'fr' });
    expect(res.errors).toBeUndefined();
    expect(res.data.createUser.email).toBe(email);
    expect(Date.parse(res.data.createUser.confirmationSentAt)).not.toBeNaN();

    const mail = await app.smtp.waitFor((m) => m.to.includes(email), 15_000);
    expect(mail.subject).toMatch(/Convene/);
    expect(mail.text).toMatch(/48/); // French text says how long the link lasts
    expect(mail.html).toContain('/validate/');
    const link = mail.links.find((l) => l.includes('/validate/'))!;
    expect(link.startsWith(app.convene.config.baseUrl)).toBe(true);
  });

  it('cannot log in before confirming', async () => {
    const res = await anonymous().gql(op('auth.graphql', 'LOGIN'), { email, password });
    expect(res.errors?.[0].message).toBe('User account not confirmed');
    expect(res.data.login).toBeNull();
  });

  it('names its first identity right after sign-up, as the client does', async () => {
    firstUsername = unique('first').toLowerCase();
    const res = await anonymous().gql(op('actor.graphql', 'REGISTER_PERSON'), {
      preferredUsername: firstUsername,
      name: 'First',
      summary: 'hello',
      email,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.registerPerson).toMatchObject({ preferredUsername: firstUsername, name: 'First', type: 'PERSON', domain: null });
    // Not twice: the second call would squat another name on the same account.
    const again = await anonymous().gql(op('actor.graphql', 'REGISTER_PERSON'), {
      preferredUsername: `${firstUsername}x`,
      name: 'x',
      summary: '',
      email,
    });
    expect(again.errors?.[0].status_code).toBe(403);
  });

  it('confirms through the emailed token, once', async () => {
    const mail = app.smtp.messages.find((m) => m.to.includes(email))!;
    const token = tokenFrom(
      mail.links.find((l) => l.includes('/validate/'))!,
      '/validate/',
    );
    const res = await anonymous().gql(op('user.graphql', 'VALIDATE_USER'), { token });
    expect(res.errors).toBeUndefined();
    expect(res.data.validateUser.user.email).toBe(email);
    expect(res.data.validateUser.user.defaultActor.preferredUsername).toBe(firstUsername);
    expect(res.data.validateUser.accessToken.split('.')).toHaveLength(3);

    const reused = await anonymous().gql(op('user.graphql', 'VALIDATE_USER'), { token });
    expect(reused.errors?.[0]).toMatchObject({ code: 'validation', status_code: 422, field: 'token' });
  });

  it('logs in and rotates its refresh token; the old one is then refused', async () => {
    const login = await anonymous().gql(op('auth.graphql', 'LOGIN'), { email, password });
    expect(login.errors).toBeUndefined();
    expect(login.data.login.user).toMatchObject({ email, role: 'USER' });
    session = app.client(login.data.login.accessToken);

    const refreshed = await anonymous().gql(op('auth.graphql', 'REFRESH_TOKEN'), { refreshToken: login.data.login.refreshToken });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data.refreshToken.refreshToken).not.toBe(login.data.login.refreshToken);
    refreshToken = refreshed.data.refreshToken.refreshToken;

    const replay = await anonymous().gql(op('auth.graphql', 'REFRESH_TOKEN'), { refreshToken: login.data.login.refreshToken });
    expect(replay.errors?.[0].field).toBe('token');
    // Replaying a rotated token revokes the whole session (it may have been stolen).
    const afterReplay = await anonymous().gql(op('auth.graphql', 'REFRESH_TOKEN'), { refreshToken });
    expect(afterReplay.errors?.[0].field).toBe('token');
    const again = await anonymous().gql(op('auth.graphql', 'LOGIN'), { email, password });
    session = app.client(again.data.login.accessToken);
    refreshToken = again.data.login.refreshToken;
  });

  it('reads itself with the client queries', async () => {
    const res = await session.gql(op('user.graphql', 'LOGGED_USER_AND_SETTINGS'));
    expect(res.errors).toBeUndefined();
    expect(res.data.loggedUser).toMatchObject({ email, locale: 'fr', defaultActor: { preferredUsername: firstUsername } });
    expect(res.data.loggedUser.settings).toMatchObject({ notificationOnDay: true, timezone: null });
  });

  let sports: any;
  let avatarUrl: string;
  let family: any;

  it('creates two more identities', async () => {
    const a = await session.gql(op('actor.graphql', 'CREATE_PERSON'), {
      preferredUsername: unique('sports').toLowerCase(),
      name: 'Sporty',
      summary: 'runs',
    });
    const b = await session.gql(op('actor.graphql', 'CREATE_PERSON'), {
      preferredUsername: unique('family').toLowerCase(),
      name: 'Family me',
    });
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    sports = a.data.createPerson;
    family = b.data.createPerson;
    const ids = await session.gql(op('actor.graphql', 'IDENTITIES'));
    expect(ids.data.loggedUser.actors.map((p: any) => p.preferredUsername)).toEqual([
      firstUsername,
      sports.preferredUsername,
      family.preferredUsername,
    ]);
  });

  it('gives one of them an avatar, uploaded the way the web client uploads', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'gps-and-secrets' } })
      .toBuffer();
    const uploaded = await uploadMultipart(app, session, jpeg, 'me.jpg');
    expect(uploaded.errors).toBeUndefined();
    expect(uploaded.data.uploadMedia.url).toMatch(/\/media\/[0-9a-f-]+\.jpg$/);

    const res = await session.gql(op('actor.graphql', 'UPDATE_PERSON'), {
      id: sports.id,
      avatar: { mediaId: uploaded.data.uploadMedia.id },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updatePerson.avatar.url).toBe(uploaded.data.uploadMedia.url);
    avatarUrl = uploaded.data.uploadMedia.url;

    const file = await fetch(res.data.updatePerson.avatar.url.replace(app.convene.config.baseUrl, app.url));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    const served = Buffer.from(await file.arrayBuffer());
    expect((await sharp(served).metadata()).exif).toBeUndefined();
    expect(served.includes('gps-and-secrets')).toBe(false);
  });

  it('switches its default identity', async () => {
    const res = await session.gql(op('actor.graphql', 'UPDATE_DEFAULT_ACTOR'), { preferredUsername: family.preferredUsername });
    expect(res.errors).toBeUndefined();
    expect(res.data.changeDefaultActor.defaultActor.id).toBe(family.id);
    const logged = await session.gql(op('user.graphql', 'LOGGED_USER'));
    expect(logged.data.loggedUser.defaultActor.preferredUsername).toBe(family.preferredUsername);
  });

  it('deletes one identity, and its name is never given again', async () => {
    const res = await session.gql(op('actor.graphql', 'DELETE_PERSON'), { id: family.id });
    expect(res.errors).toBeUndefined();
    expect(res.data.deletePerson.preferredUsername).toBe(family.preferredUsername);
    const logged = await session.gql(op('user.graphql', 'LOGGED_USER'));
    expect(logged.data.loggedUser.defaultActor.id).not.toBe(family.id);
    const ids = await session.gql(op('actor.graphql', 'IDENTITIES'));
    expect(ids.data.loggedUser.actors).toHaveLength(2);
    const reuse = await session.gql(op('actor.graphql', 'CREATE_PERSON'), { preferredUsername: family.preferredUsername, name: 'again' });
    expect(reuse.errors?.[0]).toMatchObject({ field: 'preferredUsername', status_code: 422 });
  });

  const newPassword = 'another long passphrase';

  it('changes its password', async () => {
    const wrong = await session.gql(op('user.graphql', 'CHANGE_PASSWORD'), { oldPassword: 'not it at all', newPassword });
    expect(wrong.errors?.[0]).toMatchObject({ field: 'oldPassword', status_code: 422 });
    const res = await session.gql(op('user.graphql', 'CHANGE_PASSWORD'), { oldPassword: password, newPassword });
    expect(res.errors).toBeUndefined();
    const old = await anonymous().gql(op('auth.graphql', 'LOGIN'), { email, password });
    expect(old.errors?.[0].code).toBe('invalid_credentials');
    const fresh = await anonymous().gql(op('auth.graphql', 'LOGIN'), { email, password: newPassword });
    expect(fresh.errors).toBeUndefined();
  });

  const resetPassword = 'reset via the emailed link';

  it('resets its password through the emailed link, which works once', async () => {
    const res = await anonymous().gql(op('auth.graphql', 'SEND_RESET_PASSWORD'), { email });
    expect(res.errors).toBeUndefined();
    expect(res.data.sendResetPassword).toBe(email);
    const mail = await app.smtp.waitFor((m) => m.to.includes(email) && m.links.some((l) => l.includes('/password-reset/')), 15_000);
    expect(mail.text).toMatch(/24/);
    const token = tokenFrom(
      mail.links.find((l) => l.includes('/password-reset/'))!,
      '/password-reset/',
    );

    const short = await anonymous().gql(op('auth.graphql', 'RESET_PASSWORD'), { token, password: 'short' });
    expect(short.errors?.[0]).toMatchObject({ field: 'password', status_code: 422 });
    const reset = await anonymous().gql(op('auth.graphql', 'RESET_PASSWORD'), { token, password: resetPassword });
    expect(reset.errors).toBeUndefined();
    expect(reset.data.resetPassword.accessToken).toBeTruthy();
    const twice = await anonymous().gql(op('auth.graphql', 'RESET_PASSWORD'), { token, password: 'yet another passphrase' });
    expect(twice.errors?.[0].field).toBe('token');

    // Sessions opened with the old password are gone.
    const stale = await anonymous().gql(op('auth.graphql', 'REFRESH_TOKEN'), { refreshToken });
    expect(stale.errors?.[0].field).toBe('token');
    const login = await anonymous().gql(op('auth.graphql', 'LOGIN'), { email, password: resetPassword });
    expect(login.errors).toBeUndefined();
    session = app.client(login.data.login.accessToken);
    refreshToken = login.data.login.refreshToken;
  });

  it('answers a reset request for an unknown address exactly as for a known one', async () => {
    const ghost = `${unique('ghost')}@example.org`;
    const res = await anonymous().gql(op('auth.graphql', 'SEND_RESET_PASSWORD'), { email: ghost });
    expect(res).toEqual({ status: 200, data: { sendResetPassword: ghost }, errors: undefined });
  });

  it('changes its email: the new address confirms, the old one is told', async () => {
    const newEmail = `${unique('moved')}@example.org`;
    const res = await session.gql(op('user.graphql', 'CHANGE_EMAIL'), { email: newEmail, password: resetPassword });
    expect(res.errors).toBeUndefined();
    const confirm = await app.smtp.waitFor((m) => m.to.includes(newEmail), 15_000);
    const token = tokenFrom(
      confirm.links.find((l) => l.includes('/validate/email/'))!,
      '/validate/email/',
    );
    const validated = await anonymous().gql(op('user.graphql', 'VALIDATE_EMAIL'), { token });
    expect(validated.errors).toBeUndefined();
    const notice = await app.smtp.waitFor((m) => m.to.includes(email) && m.text.includes(newEmail), 15_000);
    expect(notice.subject).toBeTruthy();
    const logged = await session.gql(op('user.graphql', 'LOGGED_USER'));
    expect(logged.data.loggedUser.email).toBe(newEmail);
  });

  it('logs out: the refresh token is revoked', async () => {
    const res = await session.gql(op('auth.graphql', 'LOGOUT'), { refreshToken });
    expect(res.errors).toBeUndefined();
    const after = await anonymous().gql(op('auth.graphql', 'REFRESH_TOKEN'), { refreshToken });
    expect(after.errors?.[0].field).toBe('token');
  });

  it('deletes the account with its password', async () => {
    const wrong = await session.gql(op('user.graphql', 'DELETE_ACCOUNT'), { password: 'wrong password!' });
    expect(wrong.errors?.[0]).toMatchObject({ field: 'password', status_code: 422 });
    const res = await session.gql(op('user.graphql', 'DELETE_ACCOUNT'), { password: resetPassword });
    expect(res.errors).toBeUndefined();
    expect(res.data.deleteAccount.id).toBeTruthy();
    // The access token now belongs to nobody: the client is told to refresh, and cannot.
    const response = await fetch(`${app.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ query: '{ loggedUser { id } }' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ message: 'invalid_token' });
    const person = await anonymous().gql(op('actor.graphql', 'FETCH_PERSON'), { username: sports.preferredUsername });
    expect(person.errors?.[0].status_code).toBe(401);
    // Its pictures are removed by a background job, files included.
    const avatar = avatarUrl.replace(app.convene.config.baseUrl, app.url);
    const deadline = Date.now() + 15_000;
    const statusOf = async () => (await fetch(avatar, { headers: { connection: 'close' } })).status;
    while ((await statusOf()) !== 404 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await statusOf()).toBe(404);
  });
});
