import type { DataSource } from 'typeorm';
import { OneTimeTokens, type ConsumedToken, type TokenPurpose } from '../../../domain/accounts/index.js';
import type { TokenGenerator } from '../../../domain/shared/index.js';

export class TypeOrmOneTimeTokens extends OneTimeTokens {
  constructor(
    private readonly dataSource: DataSource,
    private readonly generator: TokenGenerator,
  ) {
    super();
  }

  async issue(userId: string, purpose: TokenPurpose, expiresAt: Date, email?: string): Promise<string> {
    const secret = this.generator.secret();
    await this.dataSource.query(`INSERT INTO account_tokens (digest, user_id, purpose, email, expires_at) VALUES ($1, $2, $3, $4, $5)`, [
      this.generator.digest(secret),
      userId,
      purpose,
      email ?? null,
      expiresAt,
    ]);
    return secret;
  }

  async consume(secret: string, purpose: TokenPurpose, now: Date): Promise<ConsumedToken | null> {
    if (secret.length === 0 || secret.length > 200) return null;
    // One statement: two concurrent uses cannot both succeed.
    const [rows] = await this.dataSource.query(
      `UPDATE account_tokens SET used_at = $3
       WHERE digest = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > $3
       RETURNING user_id::text AS user_id, email`,
      [this.generator.digest(secret), purpose, now],
    );
    const row = rows?.[0];
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  async revokeAll(userId: string, purpose: TokenPurpose): Promise<void> {
    await this.dataSource.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [
      userId,
      purpose,
    ]);
  }
}
