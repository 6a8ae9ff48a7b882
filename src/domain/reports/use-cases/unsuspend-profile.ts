import { maySuspendIdentityOf, type UserRepository } from '../../accounts/index.js';
import type { Person, PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import { moderatorOf } from './moderator.js';
import { personDetails } from './person-details.js';

export class UnsuspendProfile {
  constructor(
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly log: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string | null; actorId: string }): Promise<Result<Person, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    const person = await this.persons.findById(cmd.actorId);
    if (!person) return err({ type: 'profile-not-found' });
    const owner = person.userId ? await this.users.findById(person.userId) : null;
    if (!maySuspendIdentityOf(moderator.value.role, owner?.role ?? null)) return err({ type: 'staff-profile' });
    const now = this.clock.now();
    if (person.unsuspend(now)) {
      await this.persons.save(person);
      await this.log.record({
        moderatorActorId: moderator.value.actorId,
        action: 'ACTOR_UNSUSPENSION',
        objectType: 'Person',
        objectId: person.id,
        details: personDetails(person),
        createdAt: now,
      });
    }
    return ok(person);
  }
}
