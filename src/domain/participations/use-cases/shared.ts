import type { Event } from '../../events/index.js';
import type { ParticipationError } from '../participation.errors.js';
import type { SaveOutcome } from '../ports/participation.repository.js';

/** Why nobody may join this event now, if so. */
export function joinRefusal(event: Event): ParticipationError | null {
  if (event.isDraft) return { type: 'event-draft' };
  if (event.status === 'CANCELLED') return { type: 'event-cancelled' };
  if (event.joinOptions === 'INVITE' || event.joinOptions === 'EXTERNAL') return { type: 'event-not-joinable' };
  return null;
}

export function saveError(outcome: SaveOutcome): ParticipationError | null {
  switch (outcome) {
    case 'saved':
      return null;
    case 'event-full':
      return { type: 'event-full' };
    case 'duplicate':
      return { type: 'already-participant' };
    case 'conflict':
      return { type: 'conflict' };
    default: {
      const unhandled: never = outcome;
      throw new Error(`unknown save outcome ${String(unhandled)}`);
    }
  }
}

export function hasEnded(event: Event, now: Date): boolean {
  return (event.endsOn ?? event.beginsOn).getTime() < now.getTime();
}
