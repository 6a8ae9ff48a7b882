import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { invalid } from '../account.errors.js';
import { passwordProblem } from '../credentials.js';
import type { AccessTokens } from '../ports/access-tokens.js';
import type { OneTimeTokens } from '../ports/one-time-tokens.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { Sessions } from '../ports/sessions.js';
import type { UserRepository } from '../ports/user.repository.js';
import { openSession, type SignedIn } from './sign-in.js';

export class ResetPassword {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: OneTimeTokens,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly accessTokens: AccessTokens,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { token: string; password: string }): Promise<Result<SignedIn, AccountError>> {
    // Checked before the token is spent, so a too-short password does not burn the link.
    const problem = passwordProblem(cmd.password);
    if (problem) return err(invalid('password', problem));
    const now = this.clock.now();
    const consumed = await this.tokens.consume(cmd.token, 'password-reset', now);
    if (!consumed) return err({ type: 'invalid-token' });
    const user = await this.users.findById(consumed.userId);
    if (!user) return err({ type: 'invalid-token' });
    if (user.isDisabled) return err({ type: 'account-disabled' });
    user.changePassword(await this.hasher.hash(cmd.password), now);
    // The emailed link proves the address as well as a confirmation link would.
    user.confirm(now);
    await this.users.save(user);
    // Whoever knew the old password is signed out everywhere.
    await this.sessions.revokeAll(user.id);
    await this.tokens.revokeAll(user.id, 'password-reset');
    return ok(await openSession(user, this.sessions, this.accessTokens, this.clock));
  }
}
