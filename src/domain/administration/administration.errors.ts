export type AdministrationError =
  | { type: 'unauthenticated' }
  /** The caller's role does not allow it. */
  | { type: 'forbidden' }
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  | { type: 'user-not-found' }
  | { type: 'email-taken' }
  /** An administrator acts as a profile in the action log: they need one. */
  | { type: 'no-identity' }
  /** An administrator's own role: changing it could leave the instance without any. */
  | { type: 'own-role' }
  | { type: 'media-not-found' };
