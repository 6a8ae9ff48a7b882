import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { IdentityError } from '../identity.errors.js';
import { profileProblems, type Person } from '../person.js';
import { mediaClaimProblem, type MediaOwnership } from '../ports/media-ownership.js';
import type { PersonRepository } from '../ports/person.repository.js';

export class UpdatePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly media: MediaOwnership,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: {
    userId: string;
    personId: string;
    name?: string | null;
    summary?: string | null;
    avatarId?: string | null;
    bannerId?: string | null;
  }): Promise<Result<Person, IdentityError>> {
    const person = await this.persons.findById(cmd.personId);
    if (!person || !person.isOwnedBy(cmd.userId)) return err({ type: 'identity-not-found' });
    const problems = profileProblems(cmd);
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });
    // Last, so that a refused update ties no media to the identity.
    for (const [field, id] of [
      ['avatar', cmd.avatarId],
      ['banner', cmd.bannerId],
    ] as const) {
      const problem = id ? mediaClaimProblem(field, await this.media.claim(id, cmd.userId, person.id)) : null;
      if (problem) problems.push(problem);
    }
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });
    person.update({ name: cmd.name?.trim(), summary: cmd.summary, avatarId: cmd.avatarId, bannerId: cmd.bannerId }, this.clock.now());
    await this.persons.save(person);
    return ok(person);
  }
}
