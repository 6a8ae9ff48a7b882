export type EventError =
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  /** Also for events the caller may not see, so ids cannot be probed. */
  | { type: 'event-not-found' }
  | { type: 'identity-not-found' }
  | { type: 'not-organizer' }
  | { type: 'cannot-unpublish' }
  | { type: 'rate-limited' };
