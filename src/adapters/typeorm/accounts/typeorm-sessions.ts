import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Sessions, type OpenedSession, type RotateResult } from '../../../domain/accounts/index.js';
import type { TokenGenerator } from '../../../domain/shared/index.js';
import { SessionRecord } from './session.record.js';

/** Refresh tokens, rotated within a family; a replayed (already rotated) token revokes its family. */
export class TypeOrmSessions extends Sessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly generator: TokenGenerator,
  ) {
    super();
  }

  async open(userId: string, expiresAt: Date): Promise<OpenedSession> {
    // The family is the session's id: it stays the same through every rotation.
    const sessionId = randomUUID();
    return { sessionId, refreshToken: await this.issue(this.dataSource.manager, userId, sessionId, expiresAt) };
  }

  async rotate(refreshToken: string, now: Date, expiresAt: Date): Promise<RotateResult> {
    if (refreshToken.length === 0 || refreshToken.length > 200) return { type: 'invalid' };
    const digest = this.generator.digest(refreshToken);
    return this.dataSource.transaction(async (manager) => {
      // One statement: of two concurrent uses of a token, one rotates it, the other is a replay.
      const rotated = await manager
        .createQueryBuilder()
        .update(SessionRecord)
        .set({ rotatedAt: now })
        .where('digest = :digest AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > :now', { digest, now })
        .returning(['userId', 'family'])
        .execute();
      const current = (rotated.raw as { user_id: string; family: string }[])[0];
      if (current) {
        const secret = await this.issue(manager, current.user_id, current.family, expiresAt);
        return { type: 'rotated', userId: current.user_id, sessionId: current.family, refreshToken: secret };
      }
      const family = manager
        .createQueryBuilder(SessionRecord, 's')
        .select('s.family')
        .where('s.digest = :digest AND s.rotatedAt IS NOT NULL', { digest });
      const revoked = await this.revokeFamily(manager, family, now);
      return revoked > 0 ? { type: 'reused' } : { type: 'invalid' };
    });
  }

  async revoke(refreshToken: string, userId: string): Promise<boolean> {
    // Logging out ends the whole family, so no earlier copy of the token lives on.
    const family = this.dataSource
      .createQueryBuilder(SessionRecord, 's')
      .select('s.family')
      .where('s.digest = :digest AND s.userId = :userId', { digest: this.generator.digest(refreshToken), userId });
    return (await this.revokeFamily(this.dataSource.manager, family, () => 'now()')) > 0;
  }

  async revokeAll(userId: string, except?: string): Promise<void> {
    const query = this.dataSource
      .createQueryBuilder()
      .update(SessionRecord)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (except) query.andWhere('family <> :except', { except });
    await query.execute();
  }

  private async issue(manager: EntityManager, userId: string, family: string, expiresAt: Date): Promise<string> {
    const secret = this.generator.secret();
    await manager
      .createQueryBuilder()
      .insert()
      .into(SessionRecord)
      .values({ userId, digest: this.generator.digest(secret), family, expiresAt })
      .updateEntity(false)
      .execute();
    return secret;
  }

  /** Revokes the live sessions of the family the subquery selects; answers how many. */
  private async revokeFamily(
    manager: EntityManager,
    family: SelectQueryBuilder<SessionRecord>,
    at: Date | (() => string),
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionRecord)
      .set({ revokedAt: at })
      .where(`revoked_at IS NULL AND family = (${family.getQuery()})`)
      .setParameters(family.getParameters())
      .execute();
    return result.affected ?? 0;
  }
}
