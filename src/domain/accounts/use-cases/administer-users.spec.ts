// The operator's use cases behind the `convene users …` CLI, with in-memory fakes.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { FakePasswordHasher } from '../../../../test/fakes/fake-password-hasher.js';
import { FixedClock } from '../../../../test/fakes/fixed-clock.js';
import { InMemorySessions } from '../../../../test/fakes/in-memory-sessions.js';
import { InMemoryUserRepository } from '../../../../test/fakes/in-memory-user.repository.js';
import { Person, PersonRepository } from '../../identities/index.js';
import { RegistrationRules } from '../ports/registration-rules.js';
import { User } from '../user.js';
import { CreateUserByAdmin } from './create-user-by-admin.js';
import { DeleteUserByAdmin } from './delete-user-by-admin.js';
import { FindUser } from '../../administration/index.js';
import { ModifyUser } from './modify-user.js';

class ClosedRegistrations extends RegistrationRules {
  async allows(): Promise<boolean> {
    return false;
  }
  defaultLocale(): string {
    return 'fr';
  }
}

class InMemoryPersonRepository extends PersonRepository {
  readonly rows: Person[] = [];
  async nextId(): Promise<string> {
    return String(this.rows.length + 1);
  }
  async findById(id: string): Promise<Person | null> {
    return this.rows.find((p) => p.id === id) ?? null;
  }
  async findByIds(ids: string[]): Promise<Person[]> {
    return this.rows.filter((p) => ids.includes(p.id));
  }
  async findLocalByUsername(username: string): Promise<Person | null> {
    return this.rows.find((p) => p.preferredUsername === username) ?? null;
  }
  async findByUser(userId: string): Promise<Person[]> {
    return this.rows.filter((p) => p.isOwnedBy(userId));
  }
  async usernameTaken(username: string): Promise<boolean> {
    return this.rows.some((p) => p.preferredUsername === username);
  }
  async save(person: Person): Promise<boolean> {
    this.rows.push(person);
    return true;
  }
  async delete(person: Person): Promise<void> {
    this.rows.splice(this.rows.indexOf(person), 1);
  }
}

let users: InMemoryUserRepository;
let sessions: InMemorySessions;
let clock: FixedClock;
let create: CreateUserByAdmin;
let modify: ModifyUser;

beforeEach(() => {
  users = new InMemoryUserRepository();
  sessions = new InMemorySessions();
  clock = new FixedClock();
  const hasher = new FakePasswordHasher();
  create = new CreateUserByAdmin(users, hasher, new ClosedRegistrations(), clock);
  modify = new ModifyUser(users, hasher, sessions, clock);
});

async function existing(email = 'ada@example.org', role = 'USER') {
  const result = await create.execute({ email, password: 'a long passphrase', role });
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('CreateUserByAdmin', () => {
  it('creates a confirmed administrator even when registrations are closed', async () => {
    const result = await create.execute({ email: '  Admin@Example.ORG ', password: 'a long passphrase', role: 'ADMINISTRATOR' });
    expect(result.ok).toBe(true);
    const stored = await users.findByEmail('admin@example.org');
    expect(stored?.role).toBe('ADMINISTRATOR');
    expect(stored?.isConfirmed).toBe(true);
    expect(stored?.snapshot().confirmedAt).toEqual(clock.now());
    expect(stored?.passwordHash).toBe('hashed:a long passphrase');
    expect(stored?.locale).toBe('fr'); // the instance default
    // No confirmation email is due: nothing waits in the outbox.
    expect(users.outbox).toEqual([]);
  });

  it('defaults to the USER role and keeps an explicit locale', async () => {
    const result = await create.execute({ email: 'u@example.org', password: 'a long passphrase', locale: 'en' });
    expect(result.ok && result.value.role).toBe('USER');
    expect(result.ok && result.value.locale).toBe('en');
  });

  it('applies the sign-up password rules and stores nothing on failure', async () => {
    for (const password of ['short', 'password123']) {
      const result = await create.execute({ email: 'weak@example.org', password, role: 'ADMINISTRATOR' });
      expect(result.ok).toBe(false);
      if (!result.ok && result.error.type === 'invalid-fields') expect(result.error.fields.map((f) => f.field)).toEqual(['password']);
      else throw new Error('expected invalid-fields');
    }
    expect(await users.count()).toBe(0);
  });

  it('reports every invalid field at once: email, role and locale', async () => {
    const result = await create.execute({ email: 'not-an-email', password: 'a long passphrase', role: 'GOD', locale: 'de' });
    expect(result).toEqual({
      ok: false,
      error: {
        type: 'invalid-fields',
        fields: [
          { field: 'email', message: 'Email is not valid' },
          { field: 'role', message: 'Role must be one of USER, MODERATOR, ADMINISTRATOR' },
          { field: 'locale', message: 'Locale must be one of en, fr' },
        ],
      },
    });
  });

  it('refuses an address that already has an account', async () => {
    await existing('taken@example.org');
    const result = await create.execute({ email: 'TAKEN@example.org', password: 'another passphrase' });
    expect(result).toEqual({ ok: false, error: { type: 'email-taken' } });
    expect(await users.count()).toBe(1);
  });
});

describe('ModifyUser', () => {
  it('changes the role', async () => {
    const user = await existing();
    const result = await modify.execute({ email: 'ada@example.org', role: 'MODERATOR' });
    expect(result.ok).toBe(true);
    expect((await users.findById(user.id))?.role).toBe('MODERATOR');
  });

  it('disables an account and ends its sessions, then enables it again', async () => {
    const user = await existing();
    await sessions.open(user.id, new Date('2030-01-01'));
    await modify.execute({ email: user.email, disabled: true });
    expect((await users.findById(user.id))?.isDisabled).toBe(true);
    expect(sessions.countFor(user.id)).toBe(0);

    await modify.execute({ email: user.email, disabled: false });
    expect((await users.findById(user.id))?.isDisabled).toBe(false);
  });

  it('sets a new password under the sign-up rules and ends the sessions', async () => {
    const user = await existing();
    await sessions.open(user.id, new Date('2030-01-01'));
    const weak = await modify.execute({ email: user.email, password: '1234567' });
    expect(weak.ok).toBe(false);
    expect((await users.findById(user.id))?.passwordHash).toBe('hashed:a long passphrase');
    expect(sessions.countFor(user.id)).toBe(1);

    const result = await modify.execute({ email: user.email, password: 'a brand new passphrase' });
    expect(result.ok).toBe(true);
    expect((await users.findById(user.id))?.passwordHash).toBe('hashed:a brand new passphrase');
    expect(sessions.countFor(user.id)).toBe(0);
    expect(users.outbox.map((e) => e.name)).toContain('user.password-changed');
  });

  it('changes the email directly, unless another account has it', async () => {
    const user = await existing();
    await existing('other@example.org');
    expect(await modify.execute({ email: user.email, newEmail: 'Other@example.org' })).toEqual({
      ok: false,
      error: { type: 'email-taken' },
    });

    const result = await modify.execute({ email: user.email, newEmail: 'Ada.Lovelace@example.org' });
    expect(result.ok).toBe(true);
    expect((await users.findById(user.id))?.email).toBe('ada.lovelace@example.org');
    expect(users.outbox.at(-1)).toMatchObject({
      name: 'user.email-changed',
      payload: { oldEmail: 'ada@example.org', newEmail: 'ada.lovelace@example.org' },
    });
  });

  it('confirms an account that never followed its link', async () => {
    // A user from sign-up, unconfirmed.
    await users.save(User.register({ id: '99', email: 'late@example.org', passwordHash: 'x', locale: 'en' }, clock.now()));
    clock.advance(60_000);
    await modify.execute({ email: 'late@example.org', confirm: true });
    const stored = await users.findById('99');
    expect(stored?.isConfirmed).toBe(true);
    expect(stored?.snapshot().confirmedAt).toEqual(clock.now());
  });

  it('answers user-not-found and invalid-fields without changing anything', async () => {
    expect(await modify.execute({ email: 'nobody@example.org', role: 'USER' })).toEqual({ ok: false, error: { type: 'user-not-found' } });
    const user = await existing();
    const result = await modify.execute({ email: user.email, role: 'ROOT', disabled: true });
    expect(result.ok).toBe(false);
    expect((await users.findById(user.id))?.isDisabled).toBe(false);
  });
});

describe('FindUser', () => {
  it('returns the account with the usernames of its identities only', async () => {
    const persons = new InMemoryPersonRepository();
    const ada = await existing();
    const bob = await existing('bob@example.org');
    const person = (id: string, userId: string, username: string) =>
      Person.createLocal(
        {
          id,
          userId,
          preferredUsername: username,
          name: username.toUpperCase(),
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://convene.test',
        },
        clock.now(),
      );
    await persons.save(person('1', ada.id, 'ada'));
    await persons.save(person('2', bob.id, 'bob'));
    await persons.save(person('3', ada.id, 'countess'));

    const result = await new FindUser(users, persons).execute({ email: 'ADA@example.org' });
    expect(result.ok && result.value.user.id).toBe(ada.id);
    expect(result.ok && result.value.identities).toEqual([
      { id: '1', username: 'ada', name: 'ADA' },
      { id: '3', username: 'countess', name: 'COUNTESS' },
    ]);
    expect(await new FindUser(users, persons).execute({ email: 'nobody@example.org' })).toEqual({
      ok: false,
      error: { type: 'user-not-found' },
    });
  });
});

describe('DeleteUserByAdmin', () => {
  it('deletes the account and records user.deleted for the goodbye email', async () => {
    const user = await existing();
    const result = await new DeleteUserByAdmin(users, clock).execute({ email: 'Ada@example.org' });
    expect(result).toEqual({ ok: true, value: { id: user.id, email: 'ada@example.org' } });
    expect(await users.findById(user.id)).toBeNull();
    expect(users.outbox.at(-1)).toMatchObject({ name: 'user.deleted', payload: { userId: user.id, email: 'ada@example.org' } });
  });

  it('answers user-not-found for an unknown address', async () => {
    expect(await new DeleteUserByAdmin(users, clock).execute({ email: 'nobody@example.org' })).toEqual({
      ok: false,
      error: { type: 'user-not-found' },
    });
  });
});
