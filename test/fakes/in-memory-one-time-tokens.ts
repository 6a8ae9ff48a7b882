import { OneTimeTokens, type ConsumedToken, type TokenPurpose } from '../../src/domain/accounts/index.js';

export class InMemoryOneTimeTokens extends OneTimeTokens {
  readonly tokens = new Map<string, { userId: string; purpose: TokenPurpose; expiresAt: Date; email: string | null; used: boolean }>();
  private seq = 0;

  async issue(userId: string, purpose: TokenPurpose, expiresAt: Date, email?: string): Promise<string> {
    const secret = `${purpose}-${++this.seq}`;
    this.tokens.set(secret, { userId, purpose, expiresAt, email: email ?? null, used: false });
    return secret;
  }
  async consume(secret: string, purpose: TokenPurpose, now: Date): Promise<ConsumedToken | null> {
    const token = this.tokens.get(secret);
    if (!token || token.used || token.purpose !== purpose || token.expiresAt <= now) return null;
    token.used = true;
    return { userId: token.userId, email: token.email };
  }
  async revokeAll(userId: string, purpose: TokenPurpose): Promise<void> {
    for (const token of this.tokens.values()) if (token.userId === userId && token.purpose === purpose) token.used = true;
  }
}
