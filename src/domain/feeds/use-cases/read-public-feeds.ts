import type { Event, EventRepository } from '../../events/index.js';
import type { Person, PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { FeedError } from '../feed.errors.js';
import { FEED_MAX_ENTRIES } from '../feed-token.js';

function entries(limit: number | undefined): number {
  return Math.max(1, Math.min(limit ?? FEED_MAX_ENTRIES, FEED_MAX_ENTRIES));
}

/** Upcoming and ongoing listed events (published, PUBLIC): the instance's and a person's feeds. */
export class ReadPublicFeeds {
  constructor(
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly clock: Clock,
  ) {}

  async instance(limit?: number): Promise<Event[]> {
    const page = await this.events.find(
      { listedOnly: true, endsAfter: this.clock.now(), orderBy: 'BEGINS_ON', direction: 'ASC' },
      { page: 1, limit: entries(limit) },
    );
    return page.elements;
  }

  /** A local identity of an account by its username, with its upcoming listed events. */
  async person(username: string, limit?: number): Promise<Result<{ person: Person; events: Event[] }, FeedError>> {
    const person = await this.persons.findLocalByUsername(username);
    // Only identities of accounts have public pages; suspended ones are gone for the public.
    if (!person || person.userId === null || person.isSuspended) return err({ type: 'identity-not-found' });
    const page = await this.events.find(
      { listedOnly: true, organizerActorIds: [person.id], endsAfter: this.clock.now(), orderBy: 'BEGINS_ON', direction: 'ASC' },
      { page: 1, limit: entries(limit) },
    );
    return ok({ person, events: page.elements });
  }
}
