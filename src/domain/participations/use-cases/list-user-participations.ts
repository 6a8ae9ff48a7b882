import type { PersonRepository } from '../../identities/index.js';
import { pageRequest, type Clock, type Page } from '../../shared/index.js';
import { MAX_PARTICIPANTS_PER_PAGE } from '../participation-policy.js';
import type { Participation } from '../participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import type { PageArgs } from './list-event-participants.js';

/** `loggedUser.participations`: every identity's, upcoming first. */
export class ListUserParticipations {
  constructor(
    private readonly participations: ParticipationRepository,
    private readonly persons: PersonRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string; after?: Date | null; before?: Date | null } & PageArgs): Promise<Page<Participation>> {
    const actorIds = (await this.persons.findByUser(cmd.userId)).map((p) => p.id);
    if (actorIds.length === 0) return { total: 0, elements: [] };
    return this.participations.listForActors(
      actorIds,
      { after: cmd.after ?? null, before: cmd.before ?? null, now: this.clock.now() },
      pageRequest(cmd.page, cmd.limit, MAX_PARTICIPANTS_PER_PAGE),
    );
  }
}
