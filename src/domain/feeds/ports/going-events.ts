import type { Event } from '../../events/index.js';
import type { GoingRole } from '../../participations/index.js';

export interface GoingEventsQuery {
  userId: string;
  /** Only this identity's participations; null: any identity of the account. */
  actorId: string | null;
  roles: readonly GoingRole[];
  /** Events still going on after this instant (or starting after it when they have no end). */
  endedAfter: Date;
  limit: number;
}

/** Published events an account takes part in, ordered by start (the participations read side). */
export abstract class GoingEvents {
  abstract find(query: GoingEventsQuery): Promise<Event[]>;
}
