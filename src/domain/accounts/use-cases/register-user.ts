import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { emailProblem, normalizeEmail, passwordProblem, supportedLocale } from '../credentials.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { RegistrationRules } from '../ports/registration-rules.js';
import type { UserRepository } from '../ports/user.repository.js';
import { User } from '../user.js';
import { withinLimits } from './throttle.js';

export interface RegisterUserCommand {
  email: string;
  password: string;
  locale?: string | null;
  ip: string | null;
}

/** What the caller learns: the same whether or not the address already had an account. */
export interface RegistrationReceipt {
  email: string;
  confirmationSentAt: Date;
}

export class RegisterUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly rules: RegistrationRules,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: RegisterUserCommand): Promise<Result<RegistrationReceipt, AccountError>> {
    const email = normalizeEmail(cmd.email);
    const fields = [
      { field: 'email', message: emailProblem(email) },
      { field: 'password', message: passwordProblem(cmd.password) },
    ].filter((f): f is { field: string; message: string } => f.message !== null);
    if (fields.length > 0) return err({ type: 'invalid-fields', fields });
    if (!(await withinLimits(this.limiter, 'register', cmd.ip, email))) return err({ type: 'rate-limited' });
    if (!(await this.rules.allows(email))) return err({ type: 'registrations-closed' });

    const now = this.clock.now();
    // Hashed whether or not the address has an account: the hash is most of the work, and an
    // answer that came back faster for a registered address would tell it.
    const passwordHash = await this.hasher.hash(cmd.password);
    const existing = await this.users.findByEmail(email);
    if (existing) {
      // Tell the owner of the address instead of the caller, so sign-up reveals no account. Like a
      // new account, this saves one row and one event (one email job).
      existing.registrationAttempted(now);
      await this.users.save(existing);
      return ok({ email, confirmationSentAt: now });
    }
    const locale = supportedLocale(cmd.locale, this.rules.defaultLocale());
    const user = User.register({ id: await this.users.nextId(), email, passwordHash, locale }, now);
    await this.users.save(user);
    return ok({ email, confirmationSentAt: now });
  }
}
