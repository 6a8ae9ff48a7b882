import type { DataSource } from 'typeorm';
import { FeedTokenRepository, type FeedToken } from '../../../domain/feeds/index.js';
import { isId } from '../ids.js';
import { FeedTokenRecord } from './feed-token.record.js';

const toFeedToken = (r: FeedTokenRecord): FeedToken => ({ token: r.token, userId: r.userId, actorId: r.actorId, createdAt: r.createdAt });

export class TypeOrmFeedTokenRepository extends FeedTokenRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get tokens() {
    return this.dataSource.getRepository(FeedTokenRecord);
  }

  async add(token: FeedToken): Promise<void> {
    await this.tokens.createQueryBuilder().insert().values(token).updateEntity(false).execute();
  }

  async findByToken(token: string): Promise<FeedToken | null> {
    // Tokens are 43 characters; anything much longer is not worth a lookup.
    if (token.length === 0 || token.length > 200) return null;
    const record = await this.tokens.findOneBy({ token });
    return record ? toFeedToken(record) : null;
  }

  async findByUser(userId: string): Promise<FeedToken[]> {
    if (!isId(userId)) return [];
    const records = await this.tokens.find({ where: { userId }, order: { createdAt: 'ASC', token: 'ASC' } });
    return records.map(toFeedToken);
  }

  async findByActor(actorId: string): Promise<FeedToken[]> {
    if (!isId(actorId)) return [];
    const records = await this.tokens.find({ where: { actorId }, order: { createdAt: 'ASC', token: 'ASC' } });
    return records.map(toFeedToken);
  }

  async countByUser(userId: string): Promise<number> {
    if (!isId(userId)) return 0;
    return this.tokens.countBy({ userId });
  }

  async delete(token: string): Promise<void> {
    await this.tokens.delete({ token });
  }
}
