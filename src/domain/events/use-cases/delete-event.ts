import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { maySee } from '../event-access.js';
import type { EventError } from '../event.errors.js';
import type { EventRepository } from '../ports/event.repository.js';
import { viewerOf } from './viewer-of.js';

/** By its organizer's account, or by a moderator of the instance. */
export class DeleteEvent {
  constructor(
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string; eventId: string }): Promise<Result<{ id: string }, EventError>> {
    const event = await this.events.findById(cmd.eventId);
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!event || !maySee(viewer, event)) return err({ type: 'event-not-found' });
    if (!viewer!.actorIds.includes(event.organizerActorId) && !viewer!.isModerator) return err({ type: 'not-organizer' });
    event.markDeleted(this.clock.now());
    await this.events.delete(event);
    return ok({ id: event.id });
  }
}
