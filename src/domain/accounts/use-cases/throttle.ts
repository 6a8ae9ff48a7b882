import type { RateLimiter } from '../../shared/index.js';
import { RATE_LIMITS } from '../account-policy.js';

/** Shared by the unauthenticated entry points: counts the hit per IP and per email. */
export async function withinLimits(limiter: RateLimiter, action: string, ip: string | null, email: string): Promise<boolean> {
  const { perIp, perEmail, windowSeconds } = RATE_LIMITS;
  const byIp = ip ? await limiter.hit(`${action}:ip:${ip}`, perIp, windowSeconds) : true;
  const byEmail = await limiter.hit(`${action}:email:${email}`, perEmail, windowSeconds);
  return byIp && byEmail;
}
