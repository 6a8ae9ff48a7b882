export type MediaError =
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  | { type: 'rate-limited' }
  /** `limit` is the allowed size in bytes for the kind of upload. */
  | { type: 'file-too-large'; limit: number }
  /** The bytes are not a JPEG, PNG, WebP, GIF or AVIF image (whatever the client claimed). */
  | { type: 'unsupported-media-type' }
  /** Also answered for identities of other accounts, so ids cannot be probed for ownership. */
  | { type: 'identity-not-found' }
  /** Also answered for media of other accounts. */
  | { type: 'media-not-found' };
