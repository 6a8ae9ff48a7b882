import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import { invalid, type AccountError } from '../account.errors.js';
import { emailProblem, normalizeEmail } from '../credentials.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { User } from '../user.js';

/** Sends a link to the new address; the email changes only once that link is followed. */
export class ChangeEmail {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string; email: string; password: string }): Promise<Result<User, AccountError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    const email = normalizeEmail(cmd.email);
    const problem = emailProblem(email);
    if (problem) return err(invalid('email', problem));
    if (email === user.email) return err(invalid('email', 'The new email must be different'));
    if (!(await this.limiter.hit(`change-email:user:${user.id}`, 5, 3600))) return err({ type: 'rate-limited' });
    if (!(await this.hasher.verify(user.passwordHash, cmd.password))) return err(invalid('password', 'The password is invalid'));
    // The answer is the same whether or not the new address has an account: SendAccountEmail
    // sends a taken address a note instead of a link, and ValidateEmail refuses a link to an
    // address taken meanwhile, so only the owner of that inbox ever learns it.
    user.requestEmailChange(email, this.clock.now());
    await this.users.save(user);
    return ok(user);
  }
}
