import type { UserRepository } from '../../accounts/index.js';
import { viewerOf } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import { MAX_PARTICIPANTS_PER_PAGE } from '../participation-policy.js';
import type { ParticipationError } from '../participation.errors.js';
import type { Participation } from '../participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import type { PageArgs } from './list-event-participants.js';

/** `person.participations`: an identity's, for its own account (and the instance's moderators). */
export class ListPersonParticipations {
  constructor(
    private readonly participations: ParticipationRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
  ) {}

  async execute(
    cmd: { userId: string | null; personId: string; eventId?: string | null } & PageArgs,
  ): Promise<Result<Page<Participation>, ParticipationError>> {
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!viewer) return err({ type: 'unauthenticated' });
    // Nothing public links an identity to what it attends.
    if (!viewer.actorIds.includes(cmd.personId) && !viewer.isModerator) return err({ type: 'identity-not-found' });
    return ok(
      await this.participations.listForActor(
        cmd.personId,
        cmd.eventId ?? null,
        pageRequest(cmd.page, cmd.limit, MAX_PARTICIPANTS_PER_PAGE),
      ),
    );
  }
}
