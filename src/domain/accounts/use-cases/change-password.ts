import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { invalid, type AccountError } from '../account.errors.js';
import { passwordProblem } from '../credentials.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { Sessions } from '../ports/sessions.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { User } from '../user.js';

export class ChangePassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly clock: Clock,
  ) {}

  /** `sessionId`: the session the change is made in, which stays open (null: none is known). */
  async execute(cmd: {
    userId: string;
    sessionId: string | null;
    oldPassword: string;
    newPassword: string;
  }): Promise<Result<User, AccountError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    if (!(await this.hasher.verify(user.passwordHash, cmd.oldPassword)))
      return err(invalid('oldPassword', 'The current password is invalid'));
    const problem = passwordProblem(cmd.newPassword);
    if (problem) return err(invalid('newPassword', problem));
    if (cmd.newPassword === cmd.oldPassword) return err(invalid('newPassword', 'The new password must be different'));
    user.changePassword(await this.hasher.hash(cmd.newPassword), this.clock.now());
    await this.users.save(user);
    // As after a reset: whoever knew the old password is signed out everywhere else. A session
    // that cannot be named (a token older than session ids) is not kept either.
    await this.sessions.revokeAll(user.id, cmd.sessionId ?? undefined);
    return ok(user);
  }
}
