import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result, type TokenGenerator } from '../../shared/index.js';
import type { FeedError } from '../feed.errors.js';
import { MAX_FEED_TOKENS_PER_USER, type FeedToken } from '../feed-token.js';
import type { FeedTokenRepository } from '../ports/feed-token.repository.js';

/** A new private feed for the account, or for one of its identities only. */
export class CreateFeedToken {
  constructor(
    private readonly tokens: FeedTokenRepository,
    private readonly persons: PersonRepository,
    private readonly generator: TokenGenerator,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string; actorId?: string | null }): Promise<Result<FeedToken, FeedError>> {
    const actorId = cmd.actorId ?? null;
    if (actorId !== null) {
      const person = await this.persons.findById(actorId);
      // Someone else's identity answers like a missing one: ids are not probed this way.
      if (!person || !person.isOwnedBy(cmd.userId)) return err({ type: 'identity-not-found' });
    }
    if ((await this.tokens.countByUser(cmd.userId)) >= MAX_FEED_TOKENS_PER_USER) {
      return err({ type: 'too-many-feed-tokens', max: MAX_FEED_TOKENS_PER_USER });
    }
    const token: FeedToken = { token: this.generator.secret(), userId: cmd.userId, actorId, createdAt: this.clock.now() };
    await this.tokens.add(token);
    return ok(token);
  }
}
