export interface OpenedSession {
  /** Names the session across its rotations; access tokens carry it, so a request knows its session. */
  sessionId: string;
  refreshToken: string;
}

export type RotateResult =
  | { type: 'rotated'; userId: string; sessionId: string; refreshToken: string }
  | { type: 'invalid' }
  /** A refresh token that was already rotated came back: someone holds a copy; the session is revoked. */
  | { type: 'reused' };

/** Refresh tokens: opaque, stored as digests, rotated on each use, revocable. */
export abstract class Sessions {
  abstract open(userId: string, expiresAt: Date): Promise<OpenedSession>;
  abstract rotate(refreshToken: string, now: Date, expiresAt: Date): Promise<RotateResult>;
  abstract revoke(refreshToken: string, userId: string): Promise<boolean>;
  /** Every session of the user, but the one named by `except` when given. */
  abstract revokeAll(userId: string, except?: string): Promise<void>;
}
