// The accounts and identities adapters against the real database: atomic saves with their
// outbox events, single-use tokens under concurrency, refresh token families.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { RandomTokenGenerator } from '../../src/adapters/crypto/random-token-generator.js';
import { TypeOrmOneTimeTokens } from '../../src/adapters/typeorm/accounts/typeorm-one-time-tokens.js';
import { TypeOrmSessions } from '../../src/adapters/typeorm/accounts/typeorm-sessions.js';
import { TypeOrmUserRepository } from '../../src/adapters/typeorm/accounts/typeorm-user.repository.js';
import { TypeOrmPersonRepository } from '../../src/adapters/typeorm/identities/typeorm-person.repository.js';
import { User } from '../../src/domain/accounts/index.js';
import { Person } from '../../src/domain/identities/index.js';
import { openTestDataSource, unique } from '../support/database.js';

describe('accounts persistence', () => {
  let db: DataSource;
  let users: TypeOrmUserRepository;
  let persons: TypeOrmPersonRepository;
  const generator = new RandomTokenGenerator();
  const now = () => new Date();

  async function newUser(): Promise<User> {
    const user = User.register({ id: await users.nextId(), email: `${unique('p')}@example.org`, passwordHash: 'h', locale: 'en' }, now());
    await users.save(user);
    return user;
  }

  beforeAll(async () => {
    db = await openTestDataSource();
    users = new TypeOrmUserRepository(db);
    persons = new TypeOrmPersonRepository(db);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('round-trips a user and writes its events to the outbox in the same transaction', async () => {
    const user = await newUser();
    const loaded = await users.findById(user.id);
    expect(loaded?.snapshot()).toMatchObject({
      email: user.email,
      role: 'USER',
      confirmedAt: null,
      settings: expect.objectContaining({ notificationOnDay: true }),
    });
    const events = await db.query(`SELECT name, payload FROM outbox WHERE payload->>'userId' = $1`, [user.id]);
    expect(events).toEqual([{ name: 'user.registered', payload: { userId: user.id } }]);
  });

  it('stores neither the user nor its events when the save fails', async () => {
    const first = await newUser();
    const clash = User.register({ id: await users.nextId(), email: first.email, passwordHash: 'h', locale: 'en' }, now());
    await expect(users.save(clash)).rejects.toThrow();
    expect(await users.findById(clash.id)).toBeNull();
    expect(await db.query(`SELECT 1 FROM outbox WHERE payload->>'userId' = $1`, [clash.id])).toEqual([]);
  });

  it('lets only one of many concurrent uses of a token succeed', async () => {
    const user = await newUser();
    const tokens = new TypeOrmOneTimeTokens(db, generator);
    const secret = await tokens.issue(user.id, 'password-reset', new Date(Date.now() + 60_000));
    const stored = await db.query(`SELECT digest FROM account_tokens WHERE user_id = $1`, [user.id]);
    expect(stored[0].digest).not.toContain(secret); // only the digest is kept
    const results = await Promise.all(Array.from({ length: 10 }, () => tokens.consume(secret, 'password-reset', now())));
    expect(results.filter(Boolean)).toEqual([{ userId: user.id, email: null }]);
    expect(await tokens.consume(secret, 'confirmation', now())).toBeNull();
  });

  it('rotates refresh tokens and revokes the family when a rotated one comes back', async () => {
    const user = await newUser();
    const sessions = new TypeOrmSessions(db, generator);
    const later = new Date(Date.now() + 3600_000);
    const { refreshToken: first, sessionId } = await sessions.open(user.id, later);
    const second = await sessions.rotate(first, now(), later);
    // The session keeps its id through rotations.
    expect(second).toMatchObject({ type: 'rotated', userId: user.id, sessionId });
    const third = await sessions.rotate((second as { refreshToken: string }).refreshToken, now(), later);
    expect(third.type).toBe('rotated');
    expect(await sessions.rotate(first, now(), later)).toEqual({ type: 'reused' });
    // The thief's replay ended the legitimate holder's session too.
    expect(await sessions.rotate((third as { refreshToken: string }).refreshToken, now(), later)).toEqual({ type: 'invalid' });
    expect(await sessions.rotate('never issued', now(), later)).toEqual({ type: 'invalid' });
  });

  it('revokes every session of a user but the one kept', async () => {
    const user = await newUser();
    const sessions = new TypeOrmSessions(db, generator);
    const later = new Date(Date.now() + 3600_000);
    const kept = await sessions.open(user.id, later);
    const other = await sessions.open(user.id, later);
    const rotated = await sessions.rotate(kept.refreshToken, now(), later);
    expect(rotated).toMatchObject({ type: 'rotated', sessionId: kept.sessionId });
    await sessions.revokeAll(user.id, kept.sessionId);
    expect(await sessions.rotate(other.refreshToken, now(), later)).toEqual({ type: 'invalid' });
    const next = await sessions.rotate((rotated as { refreshToken: string }).refreshToken, now(), later);
    expect(next).toMatchObject({ type: 'rotated', sessionId: kept.sessionId });
    await sessions.revokeAll(user.id);
    expect(await sessions.rotate((next as { refreshToken: string }).refreshToken, now(), later)).toEqual({ type: 'invalid' });
  });

  it('settles a race for one username with the unique index', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const name = unique('race').toLowerCase();
    const make = async (userId: string) =>
      Person.createLocal(
        {
          id: await persons.nextId(),
          userId,
          preferredUsername: name,
          name: '',
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://x.test',
        },
        now(),
      );
    const outcomes = await Promise.all([persons.save(await make(a.id)), persons.save(await make(b.id))]);
    expect(outcomes.sort()).toEqual([false, true]);
    expect(await persons.usernameTaken(name)).toBe(true);
  });

  it('retires the usernames of a deleted account', async () => {
    const user = await newUser();
    const name = unique('retire').toLowerCase();
    await persons.save(
      Person.createLocal(
        {
          id: await persons.nextId(),
          userId: user.id,
          preferredUsername: name,
          name: '',
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://x.test',
        },
        now(),
      ),
    );
    user.markDeleted(now());
    await users.delete(user);
    expect(await persons.findLocalByUsername(name)).toBeNull();
    expect(await persons.usernameTaken(name)).toBe(true);
    expect(await db.query(`SELECT name FROM outbox WHERE name = 'user.deleted' AND payload->>'userId' = $1`, [user.id])).toEqual([
      { name: 'user.deleted' },
    ]);
  });
});
