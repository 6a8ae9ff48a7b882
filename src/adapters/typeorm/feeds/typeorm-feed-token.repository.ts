import type { DataSource } from 'typeorm';
import { FeedTokenRepository, type FeedToken } from '../../../domain/feeds/index.js';

interface FeedTokenRow {
  token: string;
  user_id: string;
  actor_id: string | null;
  created_at: Date;
}

const COLUMNS = `token, user_id::text, actor_id::text, created_at`;
const isId = (id: string) => /^\d{1,18}$/.test(id);

function toFeedToken(r: FeedTokenRow): FeedToken {
  return { token: r.token, userId: r.user_id, actorId: r.actor_id, createdAt: r.created_at };
}

export class TypeOrmFeedTokenRepository extends FeedTokenRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async add(token: FeedToken): Promise<void> {
    await this.dataSource.query(`INSERT INTO feed_tokens (token, user_id, actor_id, created_at) VALUES ($1, $2, $3, $4)`, [
      token.token,
      token.userId,
      token.actorId,
      token.createdAt,
    ]);
  }

  async findByToken(token: string): Promise<FeedToken | null> {
    // Tokens are 43 characters; anything much longer is not worth a lookup.
    if (token.length === 0 || token.length > 200) return null;
    const rows: FeedTokenRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM feed_tokens WHERE token = $1`, [token]);
    return rows[0] ? toFeedToken(rows[0]) : null;
  }

  async findByUser(userId: string): Promise<FeedToken[]> {
    if (!isId(userId)) return [];
    const rows: FeedTokenRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM feed_tokens WHERE user_id = $1 ORDER BY created_at, token`,
      [userId],
    );
    return rows.map(toFeedToken);
  }

  async findByActor(actorId: string): Promise<FeedToken[]> {
    if (!isId(actorId)) return [];
    const rows: FeedTokenRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM feed_tokens WHERE actor_id = $1 ORDER BY created_at, token`,
      [actorId],
    );
    return rows.map(toFeedToken);
  }

  async countByUser(userId: string): Promise<number> {
    if (!isId(userId)) return 0;
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM feed_tokens WHERE user_id = $1`, [userId]);
    return row.n;
  }

  async delete(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM feed_tokens WHERE token = $1`, [token]);
  }
}
