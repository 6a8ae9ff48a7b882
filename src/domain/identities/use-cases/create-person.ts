import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { UserRepository } from '../../accounts/index.js';
import type { IdentityError } from '../identity.errors.js';
import { Person, profileProblems, usernameProblem } from '../person.js';
import type { InstanceIdentity } from '../ports/instance-identity.js';
import { mediaClaimProblem, type MediaOwnership } from '../ports/media-ownership.js';
import type { PersonRepository } from '../ports/person.repository.js';

export interface CreatePersonCommand {
  userId: string;
  preferredUsername: string;
  name?: string | null;
  summary?: string | null;
  avatarId?: string | null;
  bannerId?: string | null;
}

export const MAX_IDENTITIES_PER_USER = 20;

export class CreatePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly media: MediaOwnership,
    private readonly instance: InstanceIdentity,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: CreatePersonCommand): Promise<Result<Person, IdentityError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    const username = cmd.preferredUsername.trim();
    const problems = profileProblems(cmd);
    const usernameIssue = usernameProblem(username);
    if (usernameIssue) problems.unshift({ field: 'preferredUsername', message: usernameIssue });
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });
    const existing = await this.persons.findByUser(user.id);
    if (existing.length >= MAX_IDENTITIES_PER_USER) {
      return err({
        type: 'invalid-fields',
        fields: [{ field: 'preferredUsername', message: `An account may have at most ${MAX_IDENTITIES_PER_USER} identities` }],
      });
    }
    if (await this.persons.usernameTaken(username)) return err({ type: 'username-taken' });

    // Last before saving, so that a refused identity ties no media to itself.
    const id = await this.persons.nextId();
    const mediaProblems: { field: string; message: string }[] = [];
    for (const [field, mediaId] of [
      ['avatar', cmd.avatarId],
      ['banner', cmd.bannerId],
    ] as const) {
      const problem = mediaId ? mediaClaimProblem(field, await this.media.claim(mediaId, user.id, id)) : null;
      if (problem) mediaProblems.push(problem);
    }
    if (mediaProblems.length > 0) return err({ type: 'invalid-fields', fields: mediaProblems });

    const person = Person.createLocal(
      {
        id,
        userId: user.id,
        preferredUsername: username,
        name: cmd.name?.trim() ?? '',
        summary: cmd.summary ?? '',
        avatarId: cmd.avatarId ?? null,
        bannerId: cmd.bannerId ?? null,
        baseUrl: this.instance.baseUrl(),
      },
      this.clock.now(),
    );
    // The unique index settles a race between two requests for the same name.
    if (!(await this.persons.save(person))) return err({ type: 'username-taken' });
    if (!user.defaultActorId) {
      user.setDefaultActor(person.id);
      await this.users.save(user);
    }
    return ok(person);
  }
}
