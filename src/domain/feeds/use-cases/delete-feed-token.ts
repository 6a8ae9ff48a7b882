import { err, ok, type Result } from '../../shared/index.js';
import type { FeedError } from '../feed.errors.js';
import type { FeedToken } from '../feed-token.js';
import type { FeedTokenRepository } from '../ports/feed-token.repository.js';

/** Revokes one of the account's feed tokens; the feed's URL stops working at once. */
export class DeleteFeedToken {
  constructor(private readonly tokens: FeedTokenRepository) {}

  async execute(cmd: { userId: string; token: string }): Promise<Result<FeedToken, FeedError>> {
    const found = cmd.token ? await this.tokens.findByToken(cmd.token) : null;
    // Another account's token is "not found" too: nothing tells a guesser it exists.
    if (!found || found.userId !== cmd.userId) return err({ type: 'feed-token-not-found' });
    await this.tokens.delete(found.token);
    return ok(found);
  }
}
