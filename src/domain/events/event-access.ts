import type { Event } from './event.js';

/** Who is looking: the identities of their account (none when anonymous) and their role. */
export interface Viewer {
  userId: string;
  actorIds: string[];
  isModerator: boolean;
}

export function organizes(viewer: Viewer | null, event: Event): boolean {
  return viewer !== null && viewer.actorIds.includes(event.organizerActorId);
}

/** Drafts and private events are their organizer's; everything else is anyone's to see. */
export function maySee(viewer: Viewer | null, event: Event): boolean {
  if (organizes(viewer, event)) return true;
  if (event.isDraft) return false;
  if (event.visibility === 'PRIVATE' || event.visibility === 'RESTRICTED') return viewer?.isModerator ?? false;
  return true;
}
