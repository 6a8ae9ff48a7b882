import { FeedTokenRepository, type FeedToken } from '../../src/domain/feeds/index.js';

export class InMemoryFeedTokenRepository extends FeedTokenRepository {
  readonly rows = new Map<string, FeedToken>();

  async add(token: FeedToken): Promise<void> {
    if (this.rows.has(token.token)) throw new Error('duplicate feed token');
    this.rows.set(token.token, { ...token });
  }
  async findByToken(token: string): Promise<FeedToken | null> {
    const found = this.rows.get(token);
    return found ? { ...found } : null;
  }
  async findByUser(userId: string): Promise<FeedToken[]> {
    return [...this.rows.values()].filter((t) => t.userId === userId).map((t) => ({ ...t }));
  }
  async findByActor(actorId: string): Promise<FeedToken[]> {
    return [...this.rows.values()].filter((t) => t.actorId === actorId).map((t) => ({ ...t }));
  }
  async countByUser(userId: string): Promise<number> {
    return (await this.findByUser(userId)).length;
  }
  async delete(token: string): Promise<void> {
    this.rows.delete(token);
  }
}
