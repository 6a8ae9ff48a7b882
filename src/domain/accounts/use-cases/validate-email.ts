import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import type { OneTimeTokens } from '../ports/one-time-tokens.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { User } from '../user.js';

export class ValidateEmail {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { token: string }): Promise<Result<User, AccountError>> {
    const now = this.clock.now();
    const consumed = await this.tokens.consume(cmd.token, 'email-change', now);
    if (!consumed?.email) return err({ type: 'invalid-token' });
    const user = await this.users.findById(consumed.userId);
    if (!user) return err({ type: 'invalid-token' });
    const holder = await this.users.findByEmail(consumed.email);
    if (holder && holder.id !== user.id) return err({ type: 'email-taken' });
    user.changeEmail(consumed.email, now);
    await this.users.save(user);
    return ok(user);
  }
}
