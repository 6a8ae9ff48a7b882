// Administration use cases with in-memory fakes: roles, settings, registrations, adminUpdateUser.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { InMemoryActionLog, InMemoryInstanceSettingsStore, makeAdminSettings } from '../../../test/fakes/administration-fakes.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { User, type UserRole } from '../accounts/index.js';
import { Person } from '../identities/index.js';
import { MediaRepository, type Media } from '../media/index.js';
import {
  AdminUpdateUser,
  GetAdminSettings,
  SaveAdminSettings,
  SettingsRegistrationRules,
  ViewUser,
  registrationAllowed,
  settingsProblems,
} from './index.js';

class NoMedia extends MediaRepository {
  async nextId(): Promise<string> {
    return '1';
  }
  async save(): Promise<void> {}
  async findById(): Promise<Media | null> {
    return null;
  }
  async findByIds(): Promise<Media[]> {
    return [];
  }
  async delete(): Promise<void> {}
  async totalSizeByUser(): Promise<number> {
    return 0;
  }
  async claim(): Promise<boolean> {
    return false;
  }
  async findByOwner(): Promise<Media[]> {
    return [];
  }
}

let users: InMemoryUserRepository;
let persons: InMemoryPersonRepository;
let store: InMemoryInstanceSettingsStore;
let log: InMemoryActionLog;
let clock: FixedClock;

async function account(email: string, role: UserRole, withIdentity = true): Promise<User> {
  const user = User.register({ id: await users.nextId(), email, passwordHash: 'h', locale: 'en', role, confirmed: true }, clock.now());
  if (withIdentity) {
    const person = Person.createLocal(
      {
        id: await persons.nextId(),
        userId: user.id,
        preferredUsername: email.split('@')[0],
        name: '',
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: 'https://x.test',
      },
      clock.now(),
    );
    await persons.save(person);
    user.setDefaultActor(person.id);
  }
  await users.save(user);
  users.outbox.length = 0;
  return user;
}

beforeEach(() => {
  users = new InMemoryUserRepository();
  persons = new InMemoryPersonRepository();
  store = new InMemoryInstanceSettingsStore();
  log = new InMemoryActionLog();
  clock = new FixedClock();
});

describe('registration rules', () => {
  it('let everyone in when open, and only allow-listed emails or domains when closed', async () => {
    expect(registrationAllowed({ registrationsOpen: true, registrationAllowlist: [] }, 'a@b.org')).toBe(true);
    const closed = { registrationsOpen: false, registrationAllowlist: ['friend@else.org', 'club.org'] };
    expect(registrationAllowed(closed, 'Friend@Else.org')).toBe(true);
    expect(registrationAllowed(closed, 'anyone@club.org')).toBe(true);
    expect(registrationAllowed(closed, 'anyone@sub.club.org')).toBe(false);
    expect(registrationAllowed(closed, 'stranger@else.org')).toBe(false);
    const rules = new SettingsRegistrationRules(new InMemoryInstanceSettingsStore(makeAdminSettings(closed)), 'fr');
    expect(await rules.allows('x@club.org')).toBe(true);
    expect(await rules.allows('x@other.org')).toBe(false);
    expect(rules.defaultLocale()).toBe('fr');
  });

  it('refuse invalid settings, one problem per field', () => {
    const problems = settingsProblems(
      makeAdminSettings({
        name: ' ',
        primaryColor: 'red',
        terms: { type: 'URL', url: null, content: null },
        registrationAllowlist: ['not a domain'],
        languages: ['english'],
      }),
    );
    expect(problems.map((p) => p.field).sort()).toEqual([
      'instanceLanguages',
      'instanceName',
      'instanceTermsUrl',
      'primaryColor',
      'registrationAllowlist',
    ]);
  });
});

describe('admin settings', () => {
  it('are read and saved by administrators only; the change is logged with what changed', async () => {
    const admin = await account('admin@x.test', 'ADMINISTRATOR');
    const moderator = await account('mod@x.test', 'MODERATOR');
    const get = new GetAdminSettings(users, store);
    const save = new SaveAdminSettings(users, persons, store, new NoMedia(), log, clock);
    expect(await get.execute({ actingUserId: null })).toEqual({ ok: false, error: { type: 'unauthenticated' } });
    expect(await get.execute({ actingUserId: moderator.id })).toEqual({ ok: false, error: { type: 'forbidden' } });
    expect(await save.execute({ actingUserId: moderator.id, changes: { registrationsOpen: false } })).toEqual({
      ok: false,
      error: { type: 'forbidden' },
    });
    expect(store.saves).toBe(0);

    const saved = await save.execute({
      actingUserId: admin.id,
      changes: { name: 'Town hall', registrationsOpen: false, registrationAllowlist: [' @Club.org ', 'club.org'] },
    });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Town hall', registrationsOpen: false, registrationAllowlist: ['club.org'] } });
    expect((await get.execute({ actingUserId: admin.id })).ok && (await store.load()).name).toBe('Town hall');
    expect(log.entries).toEqual([
      expect.objectContaining({
        moderatorActorId: admin.defaultActorId,
        action: 'SETTINGS_UPDATE',
        objectType: 'Settings',
        details: { changed: ['name', 'registrationsOpen', 'registrationAllowlist'] },
      }),
    ]);
  });

  it('refuse a logo that is not a known media, and an administrator without a profile', async () => {
    const admin = await account('admin@x.test', 'ADMINISTRATOR');
    const faceless = await account('faceless@x.test', 'ADMINISTRATOR', false);
    const save = new SaveAdminSettings(users, persons, store, new NoMedia(), log, clock);
    expect(await save.execute({ actingUserId: admin.id, changes: { logoId: '999' } })).toEqual({
      ok: false,
      error: { type: 'media-not-found' },
    });
    expect(await save.execute({ actingUserId: faceless.id, changes: { slogan: 'Hi' } })).toEqual({
      ok: false,
      error: { type: 'no-identity' },
    });
    expect(log.entries).toEqual([]);
  });
});

describe('adminUpdateUser', () => {
  it('changes role, email and confirmation, emails the user when asked, and logs it', async () => {
    const admin = await account('admin@x.test', 'ADMINISTRATOR');
    const ann = await account('ann@x.test', 'USER');
    const update = new AdminUpdateUser(users, persons, log, clock);
    const result = await update.execute({ actingUserId: admin.id, userId: ann.id, role: 'MODERATOR', email: 'Ann@New.test', notify: true });
    expect(result).toMatchObject({ ok: true });
    const stored = (await users.findById(ann.id))!;
    expect([stored.role, stored.email]).toEqual(['MODERATOR', 'ann@new.test']);
    expect(users.outbox.map((e) => e.name)).toEqual(['user.role-changed', 'user.email-changed-by-admin']);
    expect(users.outbox[1].payload).toEqual({ userId: ann.id, oldEmail: 'ann@x.test', newEmail: 'ann@new.test' });
    expect(log.entries[0]).toMatchObject({
      action: 'USER_UPDATE',
      objectType: 'User',
      objectId: ann.id,
      details: { role: { from: 'USER', to: 'MODERATOR' }, notify: true },
    });
  });

  it('confirms an unconfirmed account, silently when notify is false', async () => {
    const admin = await account('admin@x.test', 'ADMINISTRATOR');
    const bob = User.register({ id: await users.nextId(), email: 'bob@x.test', passwordHash: 'h', locale: 'en' }, clock.now());
    await users.save(bob);
    users.outbox.length = 0;
    const update = new AdminUpdateUser(users, persons, log, clock);
    expect(await update.execute({ actingUserId: admin.id, userId: bob.id, confirmed: true, notify: false })).toMatchObject({ ok: true });
    expect((await users.findById(bob.id))!.isConfirmed).toBe(true);
    expect(users.outbox.map((e) => e.name)).toEqual(['user.confirmed']);
    expect(await update.execute({ actingUserId: admin.id, userId: bob.id, confirmed: true, notify: true })).toMatchObject({ ok: true });
    expect(log.entries).toHaveLength(1); // nothing changed the second time
  });

  it('is refused to moderators, to an administrator on their own role, and for a taken email', async () => {
    const admin = await account('admin@x.test', 'ADMINISTRATOR');
    const moderator = await account('mod@x.test', 'MODERATOR');
    const ann = await account('ann@x.test', 'USER');
    const update = new AdminUpdateUser(users, persons, log, clock);
    expect(await update.execute({ actingUserId: moderator.id, userId: ann.id, role: 'ADMINISTRATOR' })).toEqual({
      ok: false,
      error: { type: 'forbidden' },
    });
    expect(await update.execute({ actingUserId: admin.id, userId: admin.id, role: 'USER' })).toEqual({
      ok: false,
      error: { type: 'own-role' },
    });
    expect(await update.execute({ actingUserId: admin.id, userId: ann.id, email: 'mod@x.test' })).toEqual({
      ok: false,
      error: { type: 'email-taken' },
    });
    expect(await update.execute({ actingUserId: admin.id, userId: ann.id, role: 'KING' })).toMatchObject({
      ok: false,
      error: { type: 'invalid-fields' },
    });
    expect((await users.findById(ann.id))!.role).toBe('USER');
    expect(log.entries).toEqual([]);
  });
});

it('user(id) is for moderators and administrators', async () => {
  const moderator = await account('mod@x.test', 'MODERATOR');
  const ann = await account('ann@x.test', 'USER');
  const view = new ViewUser(users);
  expect(await view.execute({ actingUserId: ann.id, userId: moderator.id })).toEqual({ ok: false, error: { type: 'forbidden' } });
  expect(await view.execute({ actingUserId: moderator.id, userId: ann.id })).toMatchObject({ ok: true, value: { id: ann.id } });
  expect(await view.execute({ actingUserId: moderator.id, userId: '404' })).toEqual({ ok: false, error: { type: 'user-not-found' } });
});
