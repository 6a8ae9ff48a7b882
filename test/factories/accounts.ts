import { User, type UserRepository, type UserRole } from '../../src/domain/accounts/index.js';
import { Person, type PersonRepository } from '../../src/domain/identities/index.js';
import type { Clock } from '../../src/domain/shared/index.js';

let seq = 0;

/** A confirmed account with `identities` local identities, saved in the given fakes. */
export async function makeAccount(
  deps: { users: UserRepository; persons: PersonRepository; clock: Clock },
  role: UserRole = 'USER',
  identities = 1,
): Promise<{ userId: string; actorIds: string[]; user: User }> {
  const { users, persons, clock } = deps;
  const user = User.register(
    { id: await users.nextId(), email: `u${++seq}@example.test`, passwordHash: 'h', locale: 'en', role, confirmed: true },
    clock.now(),
  );
  await users.save(user);
  const actorIds: string[] = [];
  for (let i = 0; i < identities; i++) {
    const person = Person.createLocal(
      {
        id: await persons.nextId(),
        userId: user.id,
        preferredUsername: `p${++seq}`,
        name: `Person ${seq}`,
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: 'https://x.test',
      },
      clock.now(),
    );
    await persons.save(person);
    actorIds.push(person.id);
  }
  return { userId: user.id, actorIds, user };
}
