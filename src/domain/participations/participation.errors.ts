import type { ParticipantRole } from './participation.js';

export type ParticipationError =
  | { type: 'unauthenticated' }
  /** Also for events the caller may not see, so ids cannot be probed. */
  | { type: 'event-not-found' }
  | { type: 'identity-not-found' }
  | { type: 'participation-not-found' }
  | { type: 'event-draft' }
  | { type: 'event-cancelled' }
  /** INVITE or EXTERNAL events: joining happens elsewhere. */
  | { type: 'event-not-joinable' }
  | { type: 'event-full' }
  | { type: 'already-participant' }
  | { type: 'not-participant' }
  | { type: 'only-creator' }
  | { type: 'not-organizer' }
  | { type: 'invalid-role' }
  | { type: 'invalid-transition'; from: ParticipantRole; to: ParticipantRole }
  | { type: 'anonymous-not-allowed' }
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  /** Unknown, used or expired confirmation or cancellation secret. */
  | { type: 'invalid-token' }
  /** Someone changed the participation at the same moment: try again. */
  | { type: 'conflict' }
  | { type: 'rate-limited' };
