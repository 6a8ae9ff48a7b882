import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, pageRequest, type Clock, type Page, type Result } from '../../shared/index.js';
import { maySee, organizes, type Viewer } from '../event-access.js';
import type { EventError } from '../event.errors.js';
import type { Event } from '../event.js';
import type { EventQuery, EventRepository } from '../ports/event.repository.js';
import { viewerOf } from './viewer-of.js';

/** api.md: event lists are capped below 100 per page. */
export const MAX_EVENTS_PER_PAGE = 99;

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

/** Public listings and searches: only published, public events, whoever asks; without a date
 * window, only what has not ended yet. */
export class FindEvents {
  constructor(
    private readonly events: EventRepository,
    private readonly clock: Clock,
  ) {}

  async execute(
    query: Omit<EventQuery, 'listedOnly' | 'drafts' | 'organizerActorIds'>,
    page?: number | null,
    limit?: number | null,
  ): Promise<Page<Event>> {
    const window = query.beginsAfter || query.beginsBefore || query.endsAfter ? {} : { endsAfter: this.clock.now() };
    return this.events.find({ ...query, ...window, listedOnly: true }, pageRequest(page, limit, MAX_EVENTS_PER_PAGE));
  }
}

/** An account's drafts, or the events one of its identities organizes. */
export class FindOwnEvents {
  constructor(
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
  ) {}

  async drafts(userId: string, page?: number | null, limit?: number | null): Promise<Page<Event>> {
    const actorIds = (await this.persons.findByUser(userId)).map((p) => p.id);
    if (actorIds.length === 0) return { total: 0, elements: [] };
    return this.events.find(
      { organizerActorIds: actorIds, drafts: true, orderBy: 'UPDATED_AT', direction: 'DESC' },
      pageRequest(page, limit, MAX_EVENTS_PER_PAGE),
    );
  }

  /** What `person.organizedEvents` shows: all of them to the account itself, listed ones to others. */
  async organizedBy(
    actorId: string,
    viewerUserId: string | null,
    page?: number | null,
    limit?: number | null,
  ): Promise<Result<Page<Event>, EventError>> {
    const person = await this.persons.findById(actorId);
    if (!person) return err({ type: 'identity-not-found' });
    const own = viewerUserId !== null && person.isOwnedBy(viewerUserId);
    return ok(
      await this.events.find(
        { organizerActorIds: [actorId], listedOnly: !own, orderBy: 'BEGINS_ON', direction: 'DESC' },
        pageRequest(page, limit, MAX_EVENTS_PER_PAGE),
      ),
    );
  }
}

export { viewerOf };
