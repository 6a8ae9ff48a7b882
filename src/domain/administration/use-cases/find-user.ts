import { err, ok, type Result } from '../../shared/index.js';
import { normalizeEmail, type AccountError, type User, type UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';

export interface UserDetails {
  user: User;
  /** The account's local identities, oldest first. */
  identities: { id: string; username: string; name: string }[];
}

/** An account as its operator sees it (the admin CLI): never shown to other users. */
export class FindUser {
  constructor(
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: { email: string }): Promise<Result<UserDetails, AccountError>> {
    const user = await this.users.findByEmail(normalizeEmail(cmd.email));
    if (!user) return err({ type: 'user-not-found' });
    const persons = await this.persons.findByUser(user.id);
    return ok({ user, identities: persons.map((p) => ({ id: p.id, username: p.preferredUsername, name: p.snapshot().name })) });
  }
}
