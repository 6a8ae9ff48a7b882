export type IdentityError =
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  | { type: 'username-taken' }
  /** Also answered for identities of other accounts, so ids cannot be probed for ownership. */
  | { type: 'identity-not-found' }
  | { type: 'last-identity' }
  | { type: 'user-not-found' }
  | { type: 'already-registered' }
  | { type: 'media-not-found' }
  | { type: 'unauthenticated' };
