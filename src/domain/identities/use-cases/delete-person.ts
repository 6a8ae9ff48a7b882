import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { UserRepository } from '../../accounts/index.js';
import type { IdentityError } from '../identity.errors.js';
import type { Person } from '../person.js';
import type { PersonRepository } from '../ports/person.repository.js';

export class DeletePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string; personId: string }): Promise<Result<Person, IdentityError>> {
    const person = await this.persons.findById(cmd.personId);
    if (!person || !person.isOwnedBy(cmd.userId)) return err({ type: 'identity-not-found' });
    const all = await this.persons.findByUser(cmd.userId);
    // An account always keeps one identity to act as.
    if (all.length <= 1) return err({ type: 'last-identity' });
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    person.markDeleted(this.clock.now());
    await this.persons.delete(person);
    if (user.defaultActorId === person.id) {
      user.setDefaultActor(all.find((p) => p.id !== person.id)?.id ?? null);
      await this.users.save(user);
    }
    return ok(person);
  }
}
