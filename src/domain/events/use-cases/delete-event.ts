import type { UserRepository } from '../../accounts/index.js';
import { actingIdentityId, type PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';
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
    private readonly log: ActionLog,
  ) {}

  async execute(cmd: { userId: string; eventId: string }): Promise<Result<{ id: string }, EventError>> {
    const event = await this.events.findById(cmd.eventId);
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!event || !maySee(viewer, event)) return err({ type: 'event-not-found' });
    const byOrganizer = viewer!.actorIds.includes(event.organizerActorId);
    if (!byOrganizer && !viewer!.isModerator) return err({ type: 'not-organizer' });
    const now = this.clock.now();
    event.markDeleted(now);
    await this.events.delete(event);
    if (!byOrganizer) {
      // A moderator's deletion goes into the trail, under the identity they act as.
      const user = await this.users.findById(cmd.userId);
      const actorId = user ? await actingIdentityId(user, this.persons) : null;
      await this.log.record({
        // An account without any identity yet is still in the trail (the event is already gone).
        moderatorActorId: actorId ?? '0',
        action: 'EVENT_DELETION',
        objectType: 'Event',
        objectId: event.id,
        details: { title: event.snapshot().title, uuid: event.uuid, organizerActorId: event.organizerActorId },
        createdAt: now,
      });
    }
    return ok({ id: event.id });
  }
}
