import { err, ok, type Result } from '../../shared/index.js';
import type { User, UserRepository } from '../../accounts/index.js';
import type { AdministrationError } from '../administration.errors.js';
import { staffMember } from './staff.js';

/** `user(id)`: any account, for moderators and administrators. */
export class ViewUser {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: { actingUserId: string | null; userId: string }): Promise<Result<User, AdministrationError>> {
    const staff = await staffMember(this.users, cmd.actingUserId, 'MODERATOR');
    if (!staff.ok) return staff;
    const user = await this.users.findById(cmd.userId);
    return user ? ok(user) : err({ type: 'user-not-found' });
  }
}
