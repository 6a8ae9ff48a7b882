import type { UserRepository } from '../../accounts/index.js';
import { maySee, organizes, viewerOf, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, pageRequest, type Clock, type Page, type Result } from '../../shared/index.js';
import { MAX_PARTICIPANTS_PER_PAGE } from '../participation-policy.js';
import type { ParticipationError } from '../participation.errors.js';
import { PARTICIPANT_ROLES, type ParticipantRole, type Participation } from '../participation.js';
import type { ParticipantStats, ParticipationRepository } from '../ports/participation.repository.js';

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

/** Counts by role: public, like the event (the caller already saw the event). */
export class CountParticipants {
  constructor(private readonly participations: ParticipationRepository) {}

  async execute(eventIds: string[]): Promise<Map<string, ParticipantStats>> {
    return this.participations.stats(eventIds);
  }
}

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
