export type ReportError =
  | { type: 'unauthenticated' }
  /** Not a moderator (or not the note's author). */
  | { type: 'unauthorized' }
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  | { type: 'report-not-found' }
  | { type: 'note-not-found' }
  /** The reported identity (or the profile to suspend) does not exist. */
  | { type: 'profile-not-found' }
  /** The caller has no usable identity to act as (none, or suspended). */
  | { type: 'identity-not-found' }
  | { type: 'anonymous-reports-disabled' }
  | { type: 'cannot-suspend-self' }
  /** A moderator (not an administrator) acting on the identity of a moderator or administrator. */
  | { type: 'staff-profile' }
  | { type: 'rate-limited' };
