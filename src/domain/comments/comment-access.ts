import type { UserRepository } from '../accounts/index.js';
import type { Event, EventVisibility, Viewer } from '../events/index.js';
import { actingIdentity, type Person, type PersonRepository } from '../identities/index.js';
import { plainText, type CommentVisibility } from './comment.js';

/** The caller as comments see them: their identities, their default one and their role. */
export interface Commenter extends Viewer {
  defaultActorId: string | null;
  identities: Person[];
}

export async function commenterOf(userId: string | null, users: UserRepository, persons: PersonRepository): Promise<Commenter | null> {
  if (!userId) return null;
  const [user, identities] = await Promise.all([users.findById(userId), persons.findByUser(userId)]);
  if (!user) return null;
  return { userId, actorIds: identities.map((p) => p.id), isModerator: user.isModerator, defaultActorId: user.defaultActorId, identities };
}

/**
 * Who speaks when the caller comments (createComment has no actorId): under their own event, the
 * organizer identity, so that the organizer's words show as the organizer's and no other identity
 * of the account is revealed; elsewhere, the identity they act as (`actingIdentity`).
 */
export function speakerFor(commenter: Commenter, event: Event): Person | null {
  const organizer = commenter.identities.find((p) => p.id === event.organizerActorId);
  if (organizer) return organizer;
  return actingIdentity(commenter, commenter.identities);
}

/** Comments are as visible as their event. */
export function commentVisibilityFor(visibility: EventVisibility): CommentVisibility {
  if (visibility === 'PUBLIC') return 'PUBLIC';
  if (visibility === 'UNLISTED') return 'UNLISTED';
  return 'PRIVATE';
}

/** What the action log keeps of a deleted comment's words. */
export function plainExcerpt(html: string, max = 500): string {
  const text = plainText(html);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
