import type { PersonRepository } from '../../identities/index.js';
import { err, ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import type { EventError } from '../event.errors.js';
import type { Event } from '../event.js';
import type { EventRepository } from '../ports/event.repository.js';
import { MAX_EVENTS_PER_PAGE } from './find-events.js';

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
