export type RotateResult =
  | { type: 'rotated'; userId: string; refreshToken: string }
  | { type: 'invalid' }
  /** A refresh token that was already rotated came back: someone holds a copy; the session is revoked. */
  | { type: 'reused' };

/** Refresh tokens: opaque, stored as digests, rotated on each use, revocable. */
export abstract class Sessions {
  abstract open(userId: string, expiresAt: Date): Promise<string>;
  abstract rotate(refreshToken: string, now: Date, expiresAt: Date): Promise<RotateResult>;
  abstract revoke(refreshToken: string, userId: string): Promise<boolean>;
  abstract revokeAll(userId: string): Promise<void>;
}
