import { pageRequest, type Clock, type Page } from '../../shared/index.js';
import type { Event } from '../event.js';
import type { EventQuery, EventRepository } from '../ports/event.repository.js';
import { viewerOf } from './viewer-of.js';

/** api.md: event lists are capped below 100 per page. */
export const MAX_EVENTS_PER_PAGE = 99;

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

export { viewerOf };
