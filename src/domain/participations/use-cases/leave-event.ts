import type { UserRepository } from '../../accounts/index.js';
import { viewerOf, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result, type TokenGenerator } from '../../shared/index.js';
import type { ParticipationError } from '../participation.errors.js';
import type { Participation } from '../participation.js';
import type { AnonymousParticipation } from '../ports/anonymous-participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import { hasEnded } from './shared.js';

export interface LeaveEventCommand {
  userId: string | null;
  eventId: string;
  actorId: string;
  /** Anonymous participations: the cancellation secret. */
  token?: string | null;
}

export class LeaveEvent {
  constructor(
    private readonly events: EventRepository,
    private readonly participations: ParticipationRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly anonymous: AnonymousParticipation,
    private readonly tokens: TokenGenerator,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: LeaveEventCommand): Promise<Result<Participation, ParticipationError>> {
    const settings = await this.anonymous.settings();
    const now = this.clock.now();
    if (settings.actorId !== null && cmd.actorId === settings.actorId) {
      const event = await this.events.findById(cmd.eventId);
      if (!event) return err({ type: 'event-not-found' });
      // The secret is the only credential; it stops working once the event is over or used.
      if (!cmd.token || hasEnded(event, now)) return err({ type: 'invalid-token' });
      const participation = await this.participations.findByCancellationDigest(event.id, this.tokens.digest(cmd.token));
      if (!participation) return err({ type: 'invalid-token' });
      participation.leave(now);
      await this.participations.delete(participation);
      return ok(participation);
    }

    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!viewer) return err({ type: 'unauthenticated' });
    if (!viewer.actorIds.includes(cmd.actorId)) return err({ type: 'identity-not-found' });
    const participation = await this.participations.findByActor(cmd.eventId, cmd.actorId);
    if (!participation) return err({ type: 'not-participant' });
    // An event always keeps an organizer.
    if (participation.role === 'CREATOR' && (await this.participations.countByRole(participation.eventId, 'CREATOR')) <= 1)
      return err({ type: 'only-creator' });
    participation.leave(now);
    await this.participations.delete(participation);
    return ok(participation);
  }
}
