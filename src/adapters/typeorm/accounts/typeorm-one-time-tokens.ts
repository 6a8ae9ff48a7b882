import type { DataSource } from 'typeorm';
import { OneTimeTokens, type ConsumedToken, type TokenPurpose } from '../../../domain/accounts/index.js';
import type { TokenGenerator } from '../../../domain/shared/index.js';
import { AccountTokenRecord } from './account-token.record.js';

export class TypeOrmOneTimeTokens extends OneTimeTokens {
  constructor(
    private readonly dataSource: DataSource,
    private readonly generator: TokenGenerator,
  ) {
    super();
  }

  async issue(userId: string, purpose: TokenPurpose, expiresAt: Date, email?: string): Promise<string> {
    const secret = this.generator.secret();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(AccountTokenRecord)
      .values({ digest: this.generator.digest(secret), userId, purpose, email: email ?? null, expiresAt })
      .updateEntity(false)
      .execute();
    return secret;
  }

  async consume(secret: string, purpose: TokenPurpose, now: Date): Promise<ConsumedToken | null> {
    if (secret.length === 0 || secret.length > 200) return null;
    // One statement: two concurrent uses cannot both succeed.
    const result = await this.dataSource
      .createQueryBuilder()
      .update(AccountTokenRecord)
      .set({ usedAt: now })
      .where('digest = :digest AND purpose = :purpose AND used_at IS NULL AND expires_at > :now', {
        digest: this.generator.digest(secret),
        purpose,
        now,
      })
      .returning(['userId', 'email'])
      .execute();
    const row = (result.raw as { user_id: string; email: string | null }[])[0];
    return row ? { userId: row.user_id, email: row.email } : null;
  }

  async revokeAll(userId: string, purpose: TokenPurpose): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(AccountTokenRecord)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND purpose = :purpose AND used_at IS NULL', { userId, purpose })
      .execute();
  }
}
