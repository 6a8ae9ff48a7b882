import type { UserRole } from '../user.js';

export interface AccessClaims {
  userId: string;
  role: UserRole;
  /** The session (refresh token family) the token was issued for; null in tokens that name none. */
  sessionId: string | null;
}

/** Short-lived bearer tokens (JWT in the adapter). */
export abstract class AccessTokens {
  abstract issue(claims: AccessClaims): string;
  /** null when the token is malformed, forged or expired. */
  abstract verify(token: string): AccessClaims | null;
}
