import type { User } from '../accounts/index.js';
import type { PersonRepository } from './ports/person.repository.js';

/**
 * The identity an account acts as when it names none: its default identity, else its oldest
 * (`PersonRepository.findByUser` lists them oldest first). A moderator's or administrator's trail
 * and notes, a report and a comment outside one's own event are recorded under it.
 */
export function actingIdentity<P extends { id: string }>(user: Pick<User, 'defaultActorId'>, identities: readonly P[]): P | null {
  return identities.find((p) => p.id === user.defaultActorId) ?? identities[0] ?? null;
}

/** `actingIdentity` by id, reading the identities only when the account has no default one
 * (a default is always one of the account's own: DeletePerson moves it). */
export async function actingIdentityId(user: Pick<User, 'id' | 'defaultActorId'>, persons: PersonRepository): Promise<string | null> {
  return user.defaultActorId ?? actingIdentity(user, await persons.findByUser(user.id))?.id ?? null;
}
