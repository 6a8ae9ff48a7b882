import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { normalizeEmail } from '../credentials.js';
import type { UserRepository } from '../ports/user.repository.js';

/** Deletes any account with its identities; the operator needs no password (admin CLI). */
export class DeleteUserByAdmin {
  constructor(
    private readonly users: UserRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { email: string }): Promise<Result<{ id: string; email: string }, AccountError>> {
    const user = await this.users.findByEmail(normalizeEmail(cmd.email));
    if (!user) return err({ type: 'user-not-found' });
    user.markDeleted(this.clock.now());
    await this.users.delete(user);
    return ok({ id: user.id, email: user.email });
  }
}
