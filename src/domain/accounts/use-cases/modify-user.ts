import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { emailProblem, normalizeEmail, passwordProblem } from '../credentials.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { Sessions } from '../ports/sessions.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { User, UserRole } from '../user.js';
import { roleProblem } from './create-user-by-admin.js';

/** Absent fields stay as they are. */
export interface ModifyUserCommand {
  email: string;
  role?: string | null;
  newEmail?: string | null;
  password?: string | null;
  disabled?: boolean | null;
  confirm?: boolean | null;
}

type Field = { field: string; message: string };

/** What an operator may change on any account, without its password or an email round trip. */
export class ModifyUser {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: Sessions,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: ModifyUserCommand): Promise<Result<User, AccountError>> {
    const newEmail = cmd.newEmail == null ? null : normalizeEmail(cmd.newEmail);
    const fields = [
      { field: 'role', message: cmd.role == null ? null : roleProblem(cmd.role) },
      { field: 'email', message: newEmail === null ? null : emailProblem(newEmail) },
      { field: 'password', message: cmd.password == null ? null : passwordProblem(cmd.password) },
    ].filter((f): f is Field => f.message !== null);
    if (fields.length > 0) return err({ type: 'invalid-fields', fields });

    const user = await this.users.findByEmail(normalizeEmail(cmd.email));
    if (!user) return err({ type: 'user-not-found' });
    if (newEmail !== null && newEmail !== user.email && (await this.users.findByEmail(newEmail))) return err({ type: 'email-taken' });

    const now = this.clock.now();
    if (cmd.role != null) user.setRole(cmd.role as UserRole);
    if (newEmail !== null && newEmail !== user.email) user.changeEmail(newEmail, now);
    if (cmd.password != null) user.changePassword(await this.hasher.hash(cmd.password), now);
    if (cmd.disabled != null) user.setDisabled(cmd.disabled);
    if (cmd.confirm) user.confirm(now);
    await this.users.save(user);
    // A new password or a disabled account ends every open session (refresh tokens) at once.
    if (cmd.password != null || cmd.disabled === true) await this.sessions.revokeAll(user.id);
    return ok(user);
  }
}
