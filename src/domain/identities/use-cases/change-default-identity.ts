import { err, ok, type Result } from '../../shared/index.js';
import type { User, UserRepository } from '../../accounts/index.js';
import type { IdentityError } from '../identity.errors.js';
import type { PersonRepository } from '../ports/person.repository.js';

export class ChangeDefaultIdentity {
  constructor(
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
  ) {}

  async execute(cmd: { userId: string; preferredUsername: string }): Promise<Result<User, IdentityError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    const person = await this.persons.findLocalByUsername(cmd.preferredUsername);
    if (!person || !person.isOwnedBy(user.id)) return err({ type: 'identity-not-found' });
    user.setDefaultActor(person.id);
    await this.users.save(user);
    return ok(user);
  }
}
