import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { normalizeEmail } from '../credentials.js';
import type { UserRepository } from '../ports/user.repository.js';
import { withinLimits } from './throttle.js';

/** Answers the same for unknown, confirmed and unconfirmed addresses; mails only the last. */
export class ResendConfirmation {
  constructor(
    private readonly users: UserRepository,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { email: string; ip: string | null }): Promise<Result<string, AccountError>> {
    const email = normalizeEmail(cmd.email);
    if (!(await withinLimits(this.limiter, 'resend', cmd.ip, email))) return err({ type: 'rate-limited' });
    const user = await this.users.findByEmail(email);
    if (user && !user.isConfirmed && !user.isDisabled) {
      user.requestConfirmationEmail(this.clock.now());
      await this.users.save(user);
    }
    return ok(email);
  }
}
