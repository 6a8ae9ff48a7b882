import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Result } from '../../shared/index.js';
import { maySee, organizes, type Viewer } from '../event-access.js';
import type { EventError } from '../event.errors.js';
import type { Event } from '../event.js';
import type { EventRepository } from '../ports/event.repository.js';
import { viewerOf } from './viewer-of.js';

export class ViewEvent {
  constructor(
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: {
    userId: string | null;
    uuid?: string;
    id?: string;
  }): Promise<Result<{ event: Event; viewer: Viewer | null }, EventError>> {
    const event = cmd.uuid ? await this.events.findByUuid(cmd.uuid) : cmd.id ? await this.events.findById(cmd.id) : null;
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!event || !maySee(viewer, event)) return err({ type: 'event-not-found' });
    // A suspended organizer's events are gone for everyone but its account and the moderators.
    if (!organizes(viewer, event) && !viewer?.isModerator && (await this.persons.findById(event.organizerActorId))?.isSuspended) {
      return err({ type: 'event-not-found' });
    }
    return ok({ event, viewer });
  }
}
