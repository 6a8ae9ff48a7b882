import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { normalizeEmail } from '../credentials.js';
import type { UserRepository } from '../ports/user.repository.js';
import { withinLimits } from './throttle.js';

/** `sendResetPassword`: the same answer whether or not the address has an account. */
export class RequestPasswordReset {
  constructor(
    private readonly users: UserRepository,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { email: string; ip: string | null }): Promise<Result<string, AccountError>> {
    const email = normalizeEmail(cmd.email);
    if (!(await withinLimits(this.limiter, 'reset', cmd.ip, email))) return err({ type: 'rate-limited' });
    const user = await this.users.findByEmail(email);
    if (user && !user.isDisabled) {
      user.requestPasswordReset(this.clock.now());
      await this.users.save(user);
    }
    return ok(email);
  }
}
