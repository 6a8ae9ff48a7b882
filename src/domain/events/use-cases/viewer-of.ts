import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { Viewer } from '../event-access.js';

export async function viewerOf(userId: string | null, users: UserRepository, persons: PersonRepository): Promise<Viewer | null> {
  if (!userId) return null;
  const [user, identities] = await Promise.all([users.findById(userId), persons.findByUser(userId)]);
  if (!user) return null;
  return { userId, actorIds: identities.map((p) => p.id), isModerator: user.isModerator };
}
