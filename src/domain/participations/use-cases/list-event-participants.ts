import type { UserRepository } from '../../accounts/index.js';
import { maySee, organizes, viewerOf, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import { MAX_PARTICIPANTS_PER_PAGE } from '../participation-policy.js';
import type { ParticipationError } from '../participation.errors.js';
import { PARTICIPANT_ROLES, type ParticipantRole, type Participation } from '../participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';

export interface PageArgs {
  page?: number | null;
  limit?: number | null;
}

/** Mobilizon passes roles as a comma-separated string ("participant,not_approved"); unknown ones are ignored. */
export function parseRoles(roles: string | null | undefined): ParticipantRole[] {
  return (roles ?? '')
    .split(',')
    .map((r) => r.trim().toUpperCase())
    .filter((r): r is ParticipantRole => (PARTICIPANT_ROLES as readonly string[]).includes(r));
}

/** `event.participants`: for the event's organizers only. */
export class ListEventParticipants {
  constructor(
    private readonly events: EventRepository,
    private readonly participations: ParticipationRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
  ) {}

  async execute(
    cmd: { userId: string | null; eventId: string; roles: ParticipantRole[] } & PageArgs,
  ): Promise<Result<Page<Participation>, ParticipationError>> {
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    const event = await this.events.findById(cmd.eventId);
    if (!event || !maySee(viewer, event)) return err({ type: 'event-not-found' });
    if (!viewer) return err({ type: 'unauthenticated' });
    if (!organizes(viewer, event)) return err({ type: 'not-organizer' });
    return ok(await this.participations.listForEvent(event.id, cmd.roles, pageRequest(cmd.page, cmd.limit, MAX_PARTICIPANTS_PER_PAGE)));
  }
}
