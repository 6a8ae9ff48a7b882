import { err, type Clock, type Result } from '../../shared/index.js';
import { normalizeEmail, type UserRepository } from '../../accounts/index.js';
import type { IdentityError } from '../identity.errors.js';
import type { Person } from '../person.js';
import type { PersonRepository } from '../ports/person.repository.js';
import type { CreatePerson, CreatePersonCommand } from './create-person.js';

/** A fresh, unconfirmed account may get its first identity without a session for this long:
 * the web client asks for it right after sign-up, before the confirmation email is opened. */
export const ANONYMOUS_REGISTRATION_WINDOW_MS = 60 * 60 * 1000;

/**
 * `registerPerson`: the first identity of an account. Mobilizon keys it by email alone, so anyone
 * could name someone else's first identity; here an unauthenticated caller may only do so for an
 * account created within the hour and not yet confirmed, and anything else needs the account's
 * own session.
 */
export class RegisterPerson {
  constructor(
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly createPerson: CreatePerson,
    private readonly clock: Clock,
  ) {}

  async execute(
    cmd: Omit<CreatePersonCommand, 'userId'> & { email: string; sessionUserId: string | null },
  ): Promise<Result<Person, IdentityError>> {
    const user = await this.users.findByEmail(normalizeEmail(cmd.email));
    // Without a session, an unknown address is answered like a confirmed one: no account is revealed.
    if (!user) return err({ type: cmd.sessionUserId === null ? 'unauthenticated' : 'user-not-found' });
    if (cmd.sessionUserId !== null) {
      if (cmd.sessionUserId !== user.id) return err({ type: 'user-not-found' });
    } else {
      const state = user.snapshot();
      const fresh = this.clock.now().getTime() - state.createdAt.getTime() < ANONYMOUS_REGISTRATION_WINDOW_MS;
      if (user.isConfirmed || !fresh) return err({ type: 'unauthenticated' });
    }
    if ((await this.persons.findByUser(user.id)).length > 0) return err({ type: 'already-registered' });
    return this.createPerson.execute({ ...cmd, userId: user.id });
  }
}
