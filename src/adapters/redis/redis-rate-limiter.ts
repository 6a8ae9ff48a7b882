// Fixed-window rate limiting shared by every process through Redis.
import type { Redis } from 'ioredis';
import { RateLimiter } from '../../domain/shared/ports/rate-limiter.js';

// INCR and the first hit's PEXPIRE in one atomic script: the window starts at the first hit
// (Redis' clock, not the callers'), and a crash between the two commands cannot leave a counter
// that never expires.
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return hits`;

export class RedisRateLimiter extends RateLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'convene:rate:',
  ) {
    super();
  }

  async hit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
    const hits = (await this.redis.eval(HIT_SCRIPT, 1, this.prefix + key, Math.max(1, Math.round(windowSeconds * 1000)))) as number;
    return hits <= limit;
  }

  async exhausted(key: string, limit: number): Promise<boolean> {
    // The key expires with its window, so whatever is there is the current window's count.
    const hits = Number((await this.redis.get(this.prefix + key)) ?? 0);
    return hits >= limit;
  }
}
