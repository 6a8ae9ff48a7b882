export abstract class RateLimiter {
  /** Counts one hit on `key`; false when more than `limit` hits fell in the current window. */
  abstract hit(key: string, limit: number, windowSeconds: number): Promise<boolean>;
  /** Whether `key` already had `limit` hits or more in its current window (counts nothing). */
  abstract exhausted(key: string, limit: number, windowSeconds: number): Promise<boolean>;
}
