import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import type { AccessTokens } from '../ports/access-tokens.js';
import type { OneTimeTokens } from '../ports/one-time-tokens.js';
import type { Sessions } from '../ports/sessions.js';
import type { UserRepository } from '../ports/user.repository.js';
import { openSession, type SignedIn } from './sign-in.js';

/** `validateUser`: the emailed link proves the address; the user is signed in at once. */
export class ConfirmUser {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly sessions: Sessions,
    private readonly accessTokens: AccessTokens,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { token: string }): Promise<Result<SignedIn, AccountError>> {
    const now = this.clock.now();
    const consumed = await this.tokens.consume(cmd.token, 'confirmation', now);
    if (!consumed) return err({ type: 'invalid-token' });
    const user = await this.users.findById(consumed.userId);
    if (!user) return err({ type: 'invalid-token' });
    if (user.isDisabled) return err({ type: 'account-disabled' });
    user.confirm(now);
    await this.users.save(user);
    return ok(await openSession(user, this.sessions, this.accessTokens, this.clock));
  }
}
