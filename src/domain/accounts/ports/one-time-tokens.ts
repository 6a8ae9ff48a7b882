export type TokenPurpose = 'confirmation' | 'password-reset' | 'email-change';

export interface ConsumedToken {
  userId: string;
  /** For email changes: the new address. */
  email: string | null;
}

/** Single-use, expiring secrets sent by email. Only a digest is stored. */
export abstract class OneTimeTokens {
  /** Issues a new secret; earlier unused ones of the same purpose stay valid until they expire. */
  abstract issue(userId: string, purpose: TokenPurpose, expiresAt: Date, email?: string): Promise<string>;
  /** Atomically marks the token used; null if unknown, used, expired or of another purpose. */
  abstract consume(secret: string, purpose: TokenPurpose, now: Date): Promise<ConsumedToken | null>;
  abstract revokeAll(userId: string, purpose: TokenPurpose): Promise<void>;
}
