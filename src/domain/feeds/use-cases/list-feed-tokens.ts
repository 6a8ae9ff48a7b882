import type { FeedToken } from '../feed-token.js';
import type { FeedTokenRepository } from '../ports/feed-token.repository.js';

/** Feed tokens are secrets: only their own account ever reads them back. */
export class ListFeedTokens {
  constructor(private readonly tokens: FeedTokenRepository) {}

  async ofUser(userId: string): Promise<FeedToken[]> {
    return this.tokens.findByUser(userId);
  }

  async ofActor(actorId: string, viewerUserId: string): Promise<FeedToken[]> {
    return (await this.tokens.findByActor(actorId)).filter((t) => t.userId === viewerUserId);
  }
}
