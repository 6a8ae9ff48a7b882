import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Sessions, type RotateResult } from '../../../domain/accounts/index.js';
import type { TokenGenerator } from '../../../domain/shared/index.js';

/** Refresh tokens, rotated within a family; a replayed (already rotated) token revokes its family. */
export class TypeOrmSessions extends Sessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly generator: TokenGenerator,
  ) {
    super();
  }

  async open(userId: string, expiresAt: Date): Promise<string> {
    const secret = this.generator.secret();
    await this.dataSource.query(`INSERT INTO sessions (user_id, digest, family, expires_at) VALUES ($1, $2, $3, $4)`, [
      userId,
      this.generator.digest(secret),
      randomUUID(),
      expiresAt,
    ]);
    return secret;
  }

  async rotate(refreshToken: string, now: Date, expiresAt: Date): Promise<RotateResult> {
    if (refreshToken.length === 0 || refreshToken.length > 200) return { type: 'invalid' };
    const digest = this.generator.digest(refreshToken);
    return this.dataSource.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE sessions SET rotated_at = $2
         WHERE digest = $1 AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > $2
         RETURNING user_id::text AS user_id, family`,
        [digest, now],
      );
      const current = rows?.[0];
      if (current) {
        const secret = this.generator.secret();
        await manager.query(`INSERT INTO sessions (user_id, digest, family, expires_at) VALUES ($1, $2, $3, $4)`, [
          current.user_id,
          this.generator.digest(secret),
          current.family,
          expiresAt,
        ]);
        return { type: 'rotated', userId: current.user_id, refreshToken: secret };
      }
      const [replayed] = await manager.query(
        `UPDATE sessions SET revoked_at = $2 WHERE revoked_at IS NULL AND family = (
           SELECT family FROM sessions WHERE digest = $1 AND rotated_at IS NOT NULL) RETURNING id`,
        [digest, now],
      );
      return replayed?.length ? { type: 'reused' } : { type: 'invalid' };
    });
  }

  async revoke(refreshToken: string, userId: string): Promise<boolean> {
    // Logging out ends the whole family, so no earlier copy of the token lives on.
    const [rows] = await this.dataSource.query(
      `UPDATE sessions SET revoked_at = now() WHERE revoked_at IS NULL AND family = (
         SELECT family FROM sessions WHERE digest = $1 AND user_id = $2) RETURNING id`,
      [this.generator.digest(refreshToken), userId],
    );
    return (rows?.length ?? 0) > 0;
  }

  async revokeAll(userId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
