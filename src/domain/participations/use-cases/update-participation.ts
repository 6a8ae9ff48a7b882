import type { UserRepository } from '../../accounts/index.js';
import { maySee, organizes, viewerOf, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { ParticipationError } from '../participation.errors.js';
import type { ParticipantRole, Participation } from '../participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import { saveError } from './shared.js';

/** An organizer approves (PARTICIPANT), refuses (REJECTED) or puts back to pending (NOT_APPROVED). */
export class UpdateParticipation {
  constructor(
    private readonly events: EventRepository,
    private readonly participations: ParticipationRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: {
    userId: string | null;
    participationId: string;
    role: ParticipantRole;
  }): Promise<Result<Participation, ParticipationError>> {
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!viewer) return err({ type: 'unauthenticated' });
    const participation = await this.participations.findById(cmd.participationId);
    const event = participation ? await this.events.findById(participation.eventId) : null;
    if (!participation || !event) return err({ type: 'participation-not-found' });
    // Whoever cannot even see the event learns nothing about its participations.
    if (!organizes(viewer, event)) return err(maySee(viewer, event) ? { type: 'not-organizer' } : { type: 'participation-not-found' });
    const refused = participation.changeRole(cmd.role, this.clock.now());
    if (refused) return err(refused);
    // Approving takes a seat: the repository checks the capacity under the event's lock.
    const failure = saveError(await this.participations.save(participation));
    return failure ? err(failure) : ok(participation);
  }
}
