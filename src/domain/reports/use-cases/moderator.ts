import type { UserRepository, UserRole } from '../../accounts/index.js';
import { actingIdentityId, type PersonRepository } from '../../identities/index.js';
import { err, ok, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';

/** A moderator (or administrator) and the identity their actions are recorded under. */
export interface Moderator {
  userId: string;
  /** The identity they act as (`actingIdentity`): what the action log and notes show. */
  actorId: string;
  role: UserRole;
}

/** Every moderation use case starts here: anonymous → unauthenticated, plain user → unauthorized. */
export async function moderatorOf(
  userId: string | null,
  users: UserRepository,
  persons: PersonRepository,
): Promise<Result<Moderator, ReportError>> {
  if (!userId) return err({ type: 'unauthenticated' });
  const user = await users.findById(userId);
  if (!user || user.isDisabled) return err({ type: 'unauthenticated' });
  if (!user.isModerator) return err({ type: 'unauthorized' });
  const actorId = await actingIdentityId(user, persons);
  if (!actorId) return err({ type: 'identity-not-found' });
  return ok({ userId, actorId, role: user.role });
}
