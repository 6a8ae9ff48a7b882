import type { NotableField } from '../notification.types.js';

export interface PendingChange {
  field: NotableField;
  changedAt: Date;
}

/** Changes of events not yet told to their participants: collected so quick edits make one email. */
export abstract class PendingEventChanges {
  /**
   * Records changed fields (a field changed again keeps one row, with the latest time) and returns
   * the start of the event's current window: the time of its oldest pending change. Atomic per event.
   */
  abstract record(eventId: string, fields: NotableField[], at: Date): Promise<Date>;
  abstract pending(eventId: string): Promise<PendingChange[]>;
  /** Forgets the changes up to `upTo`; returns the start of the next window if changes remain. */
  abstract clear(eventId: string, upTo: Date): Promise<Date | null>;
}
