// Fixed-window rate limiting shared by every process through the `rate_limits` table.
import type { DataSource } from 'typeorm';
import { RateLimiter } from '../../../domain/shared/ports/rate-limiter.js';
import { RateLimitRecord } from './rate-limit.record.js';

// Forgotten counters are deleted now and then; a window longer than this would be reset early.
const FORGET_AFTER_MS = 24 * 3600_000;
const CLEANUP_EVERY_MS = 10 * 60_000;

export class PostgresRateLimiter extends RateLimiter {
  private lastCleanup = 0;

  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    this.cleanupNowAndThen();
    // One upsert: the row lock serialises concurrent hits on a key; a window that is over
    // starts again at this hit. Raw SQL: an ON CONFLICT update computed from the row it
    // conflicts with (TypeORM's orUpdate only copies the proposed values).
    const rows = (await this.dataSource.query(
      `INSERT INTO rate_limits AS r (key, window_start, hits) VALUES ($1, clock_timestamp(), 1)
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN r.window_start <= clock_timestamp() - make_interval(secs => $2::double precision)
                             THEN clock_timestamp() ELSE r.window_start END,
         hits = CASE WHEN r.window_start <= clock_timestamp() - make_interval(secs => $2::double precision)
                     THEN 1 ELSE r.hits + 1 END
       RETURNING hits`,
      [key, windowSeconds],
    )) as { hits: number }[];
    return rows[0].hits <= limit;
  }

  async exhausted(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const counter = await this.dataSource
      .getRepository(RateLimitRecord)
      .createQueryBuilder('r')
      .select('r.hits')
      .where('r.key = :key AND r.windowStart > clock_timestamp() - make_interval(secs => :window::double precision)', {
        key,
        window: windowSeconds,
      })
      .getOne();
    return (counter?.hits ?? 0) >= limit;
  }

  private cleanupNowAndThen(): void {
    const now = Date.now();
    if (now - this.lastCleanup < CLEANUP_EVERY_MS) return;
    this.lastCleanup = now;
    void this.dataSource
      .createQueryBuilder()
      .delete()
      .from(RateLimitRecord)
      .where('window_start < now() - make_interval(secs => :forget::double precision / 1000)', { forget: FORGET_AFTER_MS })
      .execute()
      .catch(() => {
        // Best effort: the next cleanup tries again.
      });
  }
}
