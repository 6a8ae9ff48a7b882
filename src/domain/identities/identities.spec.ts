import { beforeEach, describe, expect, it } from '@jest/globals';
import { FakePasswordHasher } from '../../../test/fakes/fake-password-hasher.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { User } from '../accounts/index.js';
import {
  actingIdentity,
  ChangeDefaultIdentity,
  CreatePerson,
  DeletePerson,
  InstanceIdentity,
  MediaOwnership,
  type MediaClaim,
  RegisterPerson,
  UpdatePerson,
} from './index.js';

class Instance extends InstanceIdentity {
  baseUrl(): string {
    return 'https://convene.example';
  }
}

class OwnedMedia extends MediaOwnership {
  readonly owners = new Map<string, string>();
  /** media id → the identity it is tied to */
  readonly holders = new Map<string, string>();
  async claim(mediaId: string, userId: string, actorId: string): Promise<MediaClaim> {
    if (this.owners.get(mediaId) !== userId) return 'media-not-found';
    if ((this.holders.get(mediaId) ?? actorId) !== actorId) return 'used-by-another-identity';
    this.holders.set(mediaId, actorId);
    return 'claimed';
  }
}

describe('identities', () => {
  let users: InMemoryUserRepository;
  let persons: InMemoryPersonRepository;
  let media: OwnedMedia;
  let clock: FixedClock;
  let create: CreatePerson;
  let ada: User;
  let bob: User;

  async function addUser(email: string, confirmed = true): Promise<User> {
    const user = User.register(
      { id: await users.nextId(), email, passwordHash: await new FakePasswordHasher().hash('long enough secret'), locale: 'en', confirmed },
      clock.now(),
    );
    await users.save(user);
    return user;
  }

  beforeEach(async () => {
    users = new InMemoryUserRepository();
    persons = new InMemoryPersonRepository();
    media = new OwnedMedia();
    clock = new FixedClock();
    create = new CreatePerson(persons, users, media, new Instance(), clock);
    ada = await addUser('ada@example.org');
    bob = await addUser('bob@example.org');
  });

  it('creates an identity with its URL; the first becomes the default', async () => {
    const first = await create.execute({ userId: ada.id, preferredUsername: 'ada_runs', name: ' Ada ' });
    expect(first.ok && first.value.snapshot()).toMatchObject({
      preferredUsername: 'ada_runs',
      name: 'Ada',
      url: 'https://convene.example/@ada_runs',
      domain: null,
    });
    const second = await create.execute({ userId: ada.id, preferredUsername: 'ada_family' });
    expect((await users.findById(ada.id))!.defaultActorId).toBe(first.ok && first.value.id);
    expect(second.ok).toBe(true);
    expect(persons.outbox.map((e) => e.name)).toEqual(['person.created', 'person.created']);
  });

  it.each([
    ['Ada', 'Username may only contain lowercase letters, digits and underscores'],
    ['ada runs', 'Username may only contain lowercase letters, digits and underscores'],
    ['', 'Username is required'],
    ['a'.repeat(65), 'Username must be at most 64 characters'],
    // The instance's own actors (issue 12.5).
    ['relay', 'The username relay is reserved for the instance'],
    [' relay ', 'The username relay is reserved for the instance'],
    ['anonymous', 'The username anonymous is reserved for the instance'],
  ])('refuses the username %j', async (username, message) => {
    const result = await create.execute({ userId: ada.id, preferredUsername: username });
    expect(result).toEqual({ ok: false, error: { type: 'invalid-fields', fields: [{ field: 'preferredUsername', message }] } });
    expect(persons.rows.size).toBe(0);
  });

  it('keeps usernames unique on the instance, including retired ones', async () => {
    await create.execute({ userId: ada.id, preferredUsername: 'taken' });
    expect(await create.execute({ userId: bob.id, preferredUsername: 'taken' })).toEqual({ ok: false, error: { type: 'username-taken' } });
    persons.retired.add('old_name');
    expect(await create.execute({ userId: bob.id, preferredUsername: 'old_name' })).toEqual({
      ok: false,
      error: { type: 'username-taken' },
    });
  });

  it('accepts only the caller’s own media as avatar', async () => {
    media.owners.set('7', bob.id);
    const result = await create.execute({ userId: ada.id, preferredUsername: 'ada', avatarId: '7' });
    expect(result).toEqual({ ok: false, error: { type: 'invalid-fields', fields: [{ field: 'avatar', message: 'Media not found' }] } });
  });

  it('never lets two identities of an account show the same media, and ties none on a refused change', async () => {
    media.owners.set('8', ada.id);
    const first = await create.execute({ userId: ada.id, preferredUsername: 'ada_one', avatarId: '8' });
    if (!first.ok) throw new Error(first.error.type);
    expect(media.holders.get('8')).toBe(first.value.id);
    const used = { field: 'avatar', message: 'This picture is shown by another of your identities: upload it again for this one' };
    expect(await create.execute({ userId: ada.id, preferredUsername: 'ada_two', bannerId: '8' })).toEqual({
      ok: false,
      error: { type: 'invalid-fields', fields: [{ ...used, field: 'banner' }] },
    });
    const second = await create.execute({ userId: ada.id, preferredUsername: 'ada_two' });
    if (!second.ok) throw new Error(second.error.type);
    const update = new UpdatePerson(persons, media, clock);
    expect(await update.execute({ userId: ada.id, personId: second.value.id, avatarId: '8' })).toEqual({
      ok: false,
      error: { type: 'invalid-fields', fields: [used] },
    });
    expect((await persons.findById(second.value.id))?.snapshot().avatarId).toBeNull();
    // The identity holding it may show it again, as avatar and banner.
    const again = await update.execute({ userId: ada.id, personId: first.value.id, avatarId: '8', bannerId: '8' });
    expect(again.ok).toBe(true);
    // A refused change ties nothing: the name is invalid, the media stays free.
    media.owners.set('9', ada.id);
    const refused = await update.execute({ userId: ada.id, personId: second.value.id, name: 'x'.repeat(10_000), avatarId: '9' });
    expect(refused.ok).toBe(false);
    expect(media.holders.has('9')).toBe(false);
  });

  it('answers "not found" for someone else’s identity, exactly as for a missing one', async () => {
    const adas = await create.execute({ userId: ada.id, preferredUsername: 'ada' });
    const id = adas.ok ? adas.value.id : '';
    const update = new UpdatePerson(persons, media, clock);
    expect(await update.execute({ userId: bob.id, personId: id, name: 'hijacked' })).toEqual({
      ok: false,
      error: { type: 'identity-not-found' },
    });
    expect(await update.execute({ userId: bob.id, personId: '999999', name: 'x' })).toEqual({
      ok: false,
      error: { type: 'identity-not-found' },
    });
    expect(await new DeletePerson(persons, users, clock).execute({ userId: bob.id, personId: id })).toEqual({
      ok: false,
      error: { type: 'identity-not-found' },
    });
    expect(await new ChangeDefaultIdentity(persons, users).execute({ userId: bob.id, preferredUsername: 'ada' })).toEqual({
      ok: false,
      error: { type: 'identity-not-found' },
    });
    expect((await persons.findById(id))!.snapshot().name).toBe('');
  });

  it('never deletes the last identity, and moves the default away from a deleted one', async () => {
    const one = await create.execute({ userId: ada.id, preferredUsername: 'one' });
    const remove = new DeletePerson(persons, users, clock);
    const oneId = one.ok ? one.value.id : '';
    expect(await remove.execute({ userId: ada.id, personId: oneId })).toEqual({ ok: false, error: { type: 'last-identity' } });
    const two = await create.execute({ userId: ada.id, preferredUsername: 'two' });
    expect((await remove.execute({ userId: ada.id, personId: oneId })).ok).toBe(true);
    expect((await users.findById(ada.id))!.defaultActorId).toBe(two.ok && two.value.id);
  });

  describe('registerPerson', () => {
    it('lets a fresh unconfirmed account name its first identity without a session, once', async () => {
      const fresh = await addUser('fresh@example.org', false);
      const registerPerson = new RegisterPerson(users, persons, create, clock);
      const result = await registerPerson.execute({ email: 'fresh@example.org', sessionUserId: null, preferredUsername: 'fresh' });
      expect(result.ok && result.value.userId).toBe(fresh.id);
      expect(await registerPerson.execute({ email: 'fresh@example.org', sessionUserId: null, preferredUsername: 'fresh2' })).toEqual({
        ok: false,
        error: { type: 'already-registered' },
      });
    });

    it('needs the account’s session once it is confirmed or older than an hour', async () => {
      await addUser('old@example.org', false);
      const registerPerson = new RegisterPerson(users, persons, create, clock);
      clock.advance(61 * 60_000);
      expect(await registerPerson.execute({ email: 'old@example.org', sessionUserId: null, preferredUsername: 'old' })).toEqual({
        ok: false,
        error: { type: 'unauthenticated' },
      });
      expect(await registerPerson.execute({ email: 'ada@example.org', sessionUserId: null, preferredUsername: 'ada' })).toEqual({
        ok: false,
        error: { type: 'unauthenticated' },
      });
      expect(await registerPerson.execute({ email: 'ada@example.org', sessionUserId: bob.id, preferredUsername: 'ada' })).toEqual({
        ok: false,
        error: { type: 'user-not-found' },
      });
      expect((await registerPerson.execute({ email: 'ada@example.org', sessionUserId: ada.id, preferredUsername: 'ada' })).ok).toBe(true);
    });
  });
});

describe('actingIdentity', () => {
  const identities = [{ id: '1' }, { id: '2' }];
  it('is the default identity, else the oldest, else none', () => {
    expect(actingIdentity({ defaultActorId: '2' }, identities)?.id).toBe('2');
    expect(actingIdentity({ defaultActorId: null }, identities)?.id).toBe('1');
    expect(actingIdentity({ defaultActorId: null }, [])).toBeNull();
  });
});
