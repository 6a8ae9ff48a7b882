import type { FeedToken } from '../feed-token.js';

export abstract class FeedTokenRepository {
  abstract add(token: FeedToken): Promise<void>;
  abstract findByToken(token: string): Promise<FeedToken | null>;
  /** An account's tokens, oldest first. */
  abstract findByUser(userId: string): Promise<FeedToken[]>;
  /** The tokens bound to one identity, oldest first. */
  abstract findByActor(actorId: string): Promise<FeedToken[]>;
  abstract countByUser(userId: string): Promise<number>;
  abstract delete(token: string): Promise<void>;
}
