import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { invalid, type AccountError } from '../account.errors.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { UserRepository } from '../ports/user.repository.js';

export interface DeleteAccountCommand {
  /** Who asks. */
  actingUserId: string;
  /** Whose account; another's only for administrators. */
  userId?: string | null;
  password?: string | null;
}

export class DeleteAccount {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: DeleteAccountCommand): Promise<Result<{ id: string }, AccountError>> {
    const actor = await this.users.findById(cmd.actingUserId);
    if (!actor) return err({ type: 'user-not-found' });
    const targetId = cmd.userId ?? actor.id;
    if (targetId !== actor.id) {
      if (actor.role !== 'ADMINISTRATOR') return err({ type: 'unauthorized' });
    } else if (!cmd.password || !(await this.hasher.verify(actor.passwordHash, cmd.password))) {
      return err(invalid('password', 'The password is invalid'));
    }
    const target = targetId === actor.id ? actor : await this.users.findById(targetId);
    if (!target) return err({ type: 'user-not-found' });
    target.markDeleted(this.clock.now());
    await this.users.delete(target);
    return ok({ id: target.id });
  }
}
