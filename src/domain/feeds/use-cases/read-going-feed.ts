import type { Event } from '../../events/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { FeedError } from '../feed.errors.js';
import { GOING_ROLES } from '../../participations/index.js';
import { FEED_MAX_ENTRIES, GOING_FEED_PAST_DAYS, type FeedToken } from '../feed-token.js';
import type { FeedTokenRepository } from '../ports/feed-token.repository.js';
import type { GoingEvents } from '../ports/going-events.js';

const DAY_MS = 86_400_000;

/** The private "events I'm going to" feed opened by a feed token. */
export class ReadGoingFeed {
  constructor(
    private readonly tokens: FeedTokenRepository,
    private readonly going: GoingEvents,
    private readonly clock: Clock,
  ) {}

  async execute(secret: string): Promise<Result<{ token: FeedToken; events: Event[] }, FeedError>> {
    const token = secret ? await this.tokens.findByToken(secret) : null;
    if (!token) return err({ type: 'feed-token-not-found' });
    const events = await this.going.find({
      userId: token.userId,
      actorId: token.actorId,
      roles: GOING_ROLES,
      endedAfter: new Date(this.clock.now().getTime() - GOING_FEED_PAST_DAYS * DAY_MS),
      limit: FEED_MAX_ENTRIES,
    });
    // The port promises published events; drafts never reach a calendar, whatever an adapter does.
    return ok({ token, events: events.filter((e) => !e.isDraft) });
  }
}
