import { beforeEach, describe, expect, it } from '@jest/globals';
import { FakeAccessTokens } from '../../../test/fakes/fake-access-tokens.js';
import { FakePasswordHasher } from '../../../test/fakes/fake-password-hasher.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { CountingRateLimiter } from '../../../test/fakes/counting-rate-limiter.js';
import { InMemoryOneTimeTokens } from '../../../test/fakes/in-memory-one-time-tokens.js';
import { InMemorySessions } from '../../../test/fakes/in-memory-sessions.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { RecordingMailer } from '../../../test/fakes/recording-mailer.js';
import { InMemoryActionLog } from '../../../test/fakes/administration-fakes.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import {
  ChangeEmail,
  ChangePassword,
  ConfirmUser,
  LogIn,
  RegisterUser,
  RegistrationRules,
  RequestPasswordReset,
  ResetPassword,
  SendAccountEmail,
  UpdateUserSettings,
  ValidateEmail,
  User,
  type AccountEmailEvent,
} from './index.js';
// Deleting an account needs identities and the moderation log: it lives in administration.
import { DeleteAccount } from '../administration/index.js';

class OpenRegistrations extends RegistrationRules {
  open = true;
  async allows(): Promise<boolean> {
    return this.open;
  }
  defaultLocale(): string {
    return 'en';
  }
}

describe('accounts', () => {
  let users: InMemoryUserRepository;
  let hasher: FakePasswordHasher;
  let clock: FixedClock;
  let limiter: CountingRateLimiter;
  let tokens: InMemoryOneTimeTokens;
  let sessions: InMemorySessions;
  let mailer: RecordingMailer;
  let rules: OpenRegistrations;
  let register: RegisterUser;
  let sendEmail: SendAccountEmail;

  // Runs the jobs the outbox would relay, as the worker does.
  async function deliver(): Promise<void> {
    const events = users.outbox.splice(0);
    for (const event of events) {
      if (
        [
          'user.registered',
          'user.confirmation-requested',
          'user.registration-attempted',
          'user.password-reset-requested',
          'user.email-change-requested',
          'user.email-changed',
        ].includes(event.name)
      ) {
        await sendEmail.execute(event as unknown as AccountEmailEvent);
      }
    }
  }

  async function confirmedUser(email = 'ada@example.org', password = 'long enough secret'): Promise<User> {
    const user = User.register(
      { id: await users.nextId(), email, passwordHash: await hasher.hash(password), locale: 'en', confirmed: true },
      clock.now(),
    );
    await users.save(user);
    return user;
  }

  beforeEach(() => {
    users = new InMemoryUserRepository();
    hasher = new FakePasswordHasher();
    clock = new FixedClock();
    limiter = new CountingRateLimiter();
    tokens = new InMemoryOneTimeTokens();
    sessions = new InMemorySessions();
    mailer = new RecordingMailer();
    rules = new OpenRegistrations();
    register = new RegisterUser(users, hasher, rules, limiter, clock);
    sendEmail = new SendAccountEmail(users, tokens, mailer, clock);
  });

  describe('registration', () => {
    it('stores a normalized, unconfirmed user and mails a confirmation link token', async () => {
      const result = await register.execute({
        email: '  Ada@Example.ORG ',
        password: 'long enough secret',
        locale: 'fr-FR',
        ip: '1.2.3.4',
      });
      expect(result.ok).toBe(true);
      const user = await users.findByEmail('ada@example.org');
      expect(user?.isConfirmed).toBe(false);
      expect(user?.locale).toBe('fr');
      await deliver();
      expect(mailer.sent).toEqual([
        { template: 'registration-confirmation', to: 'ada@example.org', locale: 'fr', data: { token: expect.any(String) } },
      ]);
    });

    it('reports every invalid field at once and stores nothing', async () => {
      const result = await register.execute({ email: 'not-an-email', password: 'short', ip: null });
      expect(result).toEqual({
        ok: false,
        error: {
          type: 'invalid-fields',
          fields: [
            { field: 'email', message: 'Email is not valid' },
            { field: 'password', message: 'Password must be at least 8 characters long' },
          ],
        },
      });
      expect(users.rows.size).toBe(0);
    });

    it('rejects the commonest passwords', async () => {
      const result = await register.execute({ email: 'a@example.org', password: 'Password123', ip: null });
      expect(result.ok || result.error).toMatchObject({
        type: 'invalid-fields',
        fields: [{ field: 'password', message: 'This password is too common' }],
      });
    });

    it('answers an existing address like a new one, and tells its owner instead', async () => {
      await confirmedUser();
      const result = await register.execute({ email: 'ada@example.org', password: 'another long secret', ip: null });
      expect(result).toEqual({ ok: true, value: { email: 'ada@example.org', confirmationSentAt: clock.now() } });
      expect(users.rows.size).toBe(1);
      expect((await users.findByEmail('ada@example.org'))!.passwordHash).toBe('hashed:long enough secret');
      await deliver();
      expect(mailer.sent.map((m) => m.template)).toEqual(['account-exists']);
    });

    it('does the same work for a registered address as for a new one: one hash, one saved event, one email', async () => {
      await confirmedUser();
      await deliver();
      mailer.sent.splice(0);
      const work = async (email: string) => {
        const before = hasher.calls.hash;
        expect((await register.execute({ email, password: 'another long secret', ip: null })).ok).toBe(true);
        const events = users.outbox.map((e) => e.name);
        await deliver();
        return { hashes: hasher.calls.hash - before, events, mails: mailer.sent.splice(0).map((m) => m.to) };
      };
      expect(await work('ada@example.org')).toEqual({ hashes: 1, events: ['user.registration-attempted'], mails: ['ada@example.org'] });
      expect(await work('new@example.org')).toEqual({ hashes: 1, events: ['user.registered'], mails: ['new@example.org'] });
    });

    it('refuses when registrations are closed', async () => {
      rules.open = false;
      const result = await register.execute({ email: 'a@example.org', password: 'long enough secret', ip: null });
      expect(result).toEqual({ ok: false, error: { type: 'registrations-closed' } });
    });

    it('is rate limited per address', async () => {
      for (let i = 0; i < 5; i++) await register.execute({ email: 'spam@example.org', password: 'long enough secret', ip: `10.0.0.${i}` });
      const sixth = await register.execute({ email: 'spam@example.org', password: 'long enough secret', ip: '10.0.0.99' });
      expect(sixth).toEqual({ ok: false, error: { type: 'rate-limited' } });
    });
  });

  describe('confirmation and login', () => {
    it('confirms once with the emailed token and signs the user in', async () => {
      await register.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null });
      await deliver();
      const token = (mailer.sent[0].data as { token: string }).token;
      const confirm = new ConfirmUser(users, tokens, sessions, new FakeAccessTokens(), clock);
      const first = await confirm.execute({ token });
      expect(first.ok && first.value.user.isConfirmed).toBe(true);
      expect(await confirm.execute({ token })).toEqual({ ok: false, error: { type: 'invalid-token' } });
    });

    it('refuses an expired confirmation token', async () => {
      await register.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null });
      await deliver();
      clock.advance(49 * 3600_000);
      const confirm = new ConfirmUser(users, tokens, sessions, new FakeAccessTokens(), clock);
      expect(await confirm.execute({ token: (mailer.sent[0].data as { token: string }).token })).toEqual({
        ok: false,
        error: { type: 'invalid-token' },
      });
    });

    it('gives one answer for an unknown email and a wrong password; tells the state only to the password holder', async () => {
      const login = new LogIn(users, hasher, sessions, new FakeAccessTokens(), limiter, clock);
      const unconfirmed = User.register(
        { id: '9', email: 'new@example.org', passwordHash: await hasher.hash('long enough secret'), locale: 'en' },
        clock.now(),
      );
      await users.save(unconfirmed);
      expect(await login.execute({ email: 'nobody@example.org', password: 'whatever!', ip: null })).toEqual({
        ok: false,
        error: { type: 'invalid-credentials' },
      });
      expect(await login.execute({ email: 'new@example.org', password: 'wrong password', ip: null })).toEqual({
        ok: false,
        error: { type: 'invalid-credentials' },
      });
      expect(await login.execute({ email: 'new@example.org', password: 'long enough secret', ip: null })).toEqual({
        ok: false,
        error: { type: 'account-not-confirmed' },
      });
    });

    it('refuses a disabled account', async () => {
      const user = await confirmedUser();
      user.setDisabled(true);
      await users.save(user);
      const login = new LogIn(users, hasher, sessions, new FakeAccessTokens(), limiter, clock);
      expect(await login.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null })).toEqual({
        ok: false,
        error: { type: 'account-disabled' },
      });
    });

    it('limits failed attempts per address but never successful ones', async () => {
      await confirmedUser();
      const login = new LogIn(users, hasher, sessions, new FakeAccessTokens(), limiter, clock);
      for (let i = 0; i < 8; i++)
        expect((await login.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null })).ok).toBe(true);
      for (let i = 0; i < 5; i++) await login.execute({ email: 'ada@example.org', password: 'guess number ' + i, ip: null });
      expect(await login.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null })).toEqual({
        ok: false,
        error: { type: 'rate-limited' },
      });
    });
  });

  describe('login throttle', () => {
    const PASSWORD = 'long enough secret';
    let login: LogIn;
    const attempt = (password: string, ip: string) => login.execute({ email: 'ada@example.org', password, ip });
    const refused = { ok: false, error: { type: 'rate-limited' } };

    beforeEach(async () => {
      login = new LogIn(users, hasher, sessions, new FakeAccessTokens(), limiter, clock);
      await confirmedUser();
      // The owner's device: signed in from here before.
      expect((await attempt(PASSWORD, '192.0.2.1')).ok).toBe(true);
    });

    it('never locks the owner out, however many addresses guess', async () => {
      for (let ip = 0; ip < 12; ip++) for (let i = 0; i < 5; i++) await attempt(`guess ${i}`, `198.51.100.${ip}`);
      expect((await attempt(PASSWORD, '192.0.2.1')).ok).toBe(true);
    });

    it('slows each guessing address down after five failures, the right password included', async () => {
      for (let i = 0; i < 5; i++)
        expect(await attempt(`guess ${i}`, '198.51.100.7')).toMatchObject({ error: { type: 'invalid-credentials' } });
      expect(await attempt(PASSWORD, '198.51.100.7')).toEqual(refused);
      // Another network is not slowed by those.
      expect((await attempt(PASSWORD, '203.0.113.9')).ok).toBe(true);
    });

    it('caps the failures from all unfamiliar addresses together, and still lets the owner’s in', async () => {
      for (let ip = 0; ip < 20; ip++) await attempt('guess', `198.51.100.${ip}`);
      // A 21st address (an attacker with many, an IPv6 range) is refused before any password check.
      const checks = hasher.calls.verify;
      expect(await attempt(PASSWORD, '198.51.100.200')).toEqual(refused);
      expect(hasher.calls.verify).toBe(checks);
      expect((await attempt(PASSWORD, '192.0.2.1')).ok).toBe(true);
    });

    it('counts the same for an address nobody has', async () => {
      const ghost = (ip: string) => login.execute({ email: 'ghost@example.org', password: 'guess', ip });
      for (let i = 0; i < 5; i++) expect(await ghost('198.51.100.7')).toMatchObject({ error: { type: 'invalid-credentials' } });
      expect(await ghost('198.51.100.7')).toEqual(refused);
    });
  });

  describe('password reset', () => {
    it('answers the same for unknown addresses and mails only real ones', async () => {
      await confirmedUser();
      const request = new RequestPasswordReset(users, limiter, clock);
      expect(await request.execute({ email: 'ghost@example.org', ip: null })).toEqual({ ok: true, value: 'ghost@example.org' });
      expect(await request.execute({ email: 'ada@example.org', ip: null })).toEqual({ ok: true, value: 'ada@example.org' });
      await deliver();
      expect(mailer.sent.map((m) => [m.template, m.to])).toEqual([['password-reset', 'ada@example.org']]);
    });

    it('resets once, signs out every other session, and keeps the link when the new password is refused', async () => {
      const user = await confirmedUser();
      await sessions.open(user.id, new Date(clock.now().getTime() + 1e9));
      await new RequestPasswordReset(users, limiter, clock).execute({ email: 'ada@example.org', ip: null });
      await deliver();
      const token = (mailer.sent[0].data as { token: string }).token;
      const reset = new ResetPassword(users, tokens, hasher, sessions, new FakeAccessTokens(), clock);
      expect(await reset.execute({ token, password: 'short' })).toMatchObject({ ok: false, error: { type: 'invalid-fields' } });
      const done = await reset.execute({ token, password: 'brand new passphrase' });
      expect(done.ok).toBe(true);
      expect(sessions.countFor(user.id)).toBe(1); // only the one just opened
      expect((await users.findById(user.id))!.passwordHash).toBe('hashed:brand new passphrase');
      expect(await reset.execute({ token, password: 'another passphrase' })).toEqual({ ok: false, error: { type: 'invalid-token' } });
    });
  });

  describe('password change', () => {
    it('signs out every other session and keeps the one it is made in', async () => {
      const user = await confirmedUser();
      const login = new LogIn(users, hasher, sessions, new FakeAccessTokens(), limiter, clock);
      const here = await login.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null });
      const elsewhere = await login.execute({ email: 'ada@example.org', password: 'long enough secret', ip: null });
      if (!here.ok || !elsewhere.ok) throw new Error('login failed');
      const current = new FakeAccessTokens().verify(here.value.accessToken)!.sessionId;
      expect(current).toEqual(expect.any(String));
      const change = new ChangePassword(users, hasher, sessions, clock);
      const cmd = { userId: user.id, sessionId: current, oldPassword: 'long enough secret', newPassword: 'brand new passphrase' };
      // A refused change ends nothing.
      expect((await change.execute({ ...cmd, oldPassword: 'not the password' })).ok).toBe(false);
      expect(sessions.countFor(user.id)).toBe(2);
      expect((await change.execute(cmd)).ok).toBe(true);
      expect([...sessions.sessions.keys()]).toEqual([here.value.refreshToken]);
    });

    it('signs out every session when the one it is made in cannot be named', async () => {
      const user = await confirmedUser();
      await sessions.open(user.id, new Date(clock.now().getTime() + 1e9));
      const change = new ChangePassword(users, hasher, sessions, clock);
      const done = await change.execute({
        userId: user.id,
        sessionId: null,
        oldPassword: 'long enough secret',
        newPassword: 'brand new passphrase',
      });
      expect(done.ok).toBe(true);
      expect(sessions.countFor(user.id)).toBe(0);
    });
  });

  describe('email change', () => {
    it('changes only when the new address confirms, then tells the old one', async () => {
      const user = await confirmedUser();
      const change = new ChangeEmail(users, hasher, limiter, clock);
      expect(await change.execute({ userId: user.id, email: 'ada@new.example', password: 'wrong one!' })).toMatchObject({
        ok: false,
        error: { fields: [{ field: 'password' }] },
      });
      expect((await change.execute({ userId: user.id, email: 'ada@new.example', password: 'long enough secret' })).ok).toBe(true);
      expect((await users.findById(user.id))!.email).toBe('ada@example.org');
      await deliver();
      expect(mailer.sent[0]).toMatchObject({ template: 'email-change-confirm', to: 'ada@new.example' });
      const validated = await new ValidateEmail(users, tokens, clock).execute({ token: (mailer.sent[0].data as { token: string }).token });
      expect(validated.ok && validated.value.email).toBe('ada@new.example');
      await deliver();
      expect(mailer.sent[1]).toEqual({
        template: 'email-changed-old',
        to: 'ada@example.org',
        locale: 'en',
        data: { newEmail: 'ada@new.example' },
      });
    });

    it('answers the same for an address with an account, and sends it no link, only a note to its owner', async () => {
      const user = await confirmedUser();
      const taken = User.register(
        { id: await users.nextId(), email: 'taken@example.org', passwordHash: 'x', locale: 'fr', confirmed: true },
        clock.now(),
      );
      await users.save(taken);
      const change = new ChangeEmail(users, hasher, limiter, clock);
      const answer = async (email: string) => {
        const result = await change.execute({ userId: user.id, email, password: 'long enough secret' });
        return result.ok ? result.value.snapshot() : result.error;
      };
      expect(await answer('taken@example.org')).toEqual(await answer('free@example.org'));
      await deliver();
      expect(mailer.sent).toEqual([
        // In the language of the address's owner, not the requester's; no token anywhere.
        { template: 'email-change-taken', to: 'taken@example.org', locale: 'fr', data: {} },
        { template: 'email-change-confirm', to: 'free@example.org', locale: 'en', data: { token: expect.any(String) } },
      ]);
      expect((await users.findById(user.id))!.email).toBe('ada@example.org');
    });

    it('refuses at confirmation time an address taken meanwhile', async () => {
      const user = await confirmedUser();
      await new ChangeEmail(users, hasher, limiter, clock).execute({
        userId: user.id,
        email: 'taken@example.org',
        password: 'long enough secret',
      });
      await deliver();
      await confirmedUser('taken@example.org');
      const validated = await new ValidateEmail(users, tokens, clock).execute({ token: (mailer.sent[0].data as { token: string }).token });
      expect(validated).toEqual({ ok: false, error: { type: 'email-taken' } });
    });
  });

  describe('deletion', () => {
    it('needs the password for one’s own account and the administrator role for another', async () => {
      const ada = await confirmedUser();
      const bob = await confirmedUser('bob@example.org');
      const remove = new DeleteAccount(users, hasher, clock, new InMemoryActionLog(), new InMemoryPersonRepository());
      expect(await remove.execute({ actingUserId: bob.id, userId: ada.id })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect(await remove.execute({ actingUserId: ada.id, password: 'nope nope nope' })).toMatchObject({
        ok: false,
        error: { type: 'invalid-fields' },
      });
      expect(await remove.execute({ actingUserId: ada.id, password: 'long enough secret' })).toEqual({ ok: true, value: { id: ada.id } });
      expect(await users.findById(ada.id)).toBeNull();
      expect(users.outbox.map((e) => e.name)).toContain('user.deleted');
    });
  });

  it('validates settings: unknown timezone refused, known one stored', async () => {
    const user = await confirmedUser();
    const update = new UpdateUserSettings(users);
    expect(await update.execute({ userId: user.id, settings: { timezone: 'Mars/Olympus' } })).toMatchObject({
      ok: false,
      error: { fields: [{ field: 'timezone' }] },
    });
    expect((await update.execute({ userId: user.id, settings: { timezone: 'Europe/Paris', notificationEachWeek: true } })).ok).toBe(true);
    expect((await users.findById(user.id))!.settings()).toMatchObject({
      timezone: 'Europe/Paris',
      notificationEachWeek: true,
      notificationOnDay: true,
    });
  });
});
