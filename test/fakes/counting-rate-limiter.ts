import { RateLimiter } from '../../src/domain/shared/index.js';

/** Counts hits per key and never forgets (tests run within one window). */
export class CountingRateLimiter extends RateLimiter {
  readonly hits = new Map<string, number>();

  async hit(key: string, limit: number): Promise<boolean> {
    const count = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, count);
    return count <= limit;
  }
  async exhausted(key: string, limit: number): Promise<boolean> {
    return (this.hits.get(key) ?? 0) >= limit;
  }
}
