import { err, ok, type Result } from '../../shared/index.js';
import type { User, UserRepository } from '../../accounts/index.js';
import type { AdministrationError } from '../administration.errors.js';

export type StaffRole = 'MODERATOR' | 'ADMINISTRATOR';

/** The calling account when its role reaches `role` (an administrator is also a moderator). */
export async function staffMember(
  users: UserRepository,
  userId: string | null,
  role: StaffRole,
): Promise<Result<User, AdministrationError>> {
  if (!userId) return err({ type: 'unauthenticated' });
  const user = await users.findById(userId);
  if (!user || user.isDisabled) return err({ type: 'unauthenticated' });
  const allowed = role === 'MODERATOR' ? user.isModerator : user.role === 'ADMINISTRATOR';
  return allowed ? ok(user) : err({ type: 'forbidden' });
}
