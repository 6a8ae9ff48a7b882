import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { REFRESH_TOKEN_DAYS, daysFrom } from '../account-policy.js';
import type { AccessTokens } from '../ports/access-tokens.js';
import type { Sessions } from '../ports/sessions.js';
import type { UserRepository } from '../ports/user.repository.js';

export class RefreshSession {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: Sessions,
    private readonly accessTokens: AccessTokens,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { refreshToken: string }): Promise<Result<{ accessToken: string; refreshToken: string }, AccountError>> {
    const now = this.clock.now();
    const rotated = await this.sessions.rotate(cmd.refreshToken, now, daysFrom(now, REFRESH_TOKEN_DAYS));
    if (rotated.type !== 'rotated') return err({ type: 'invalid-token' });
    const user = await this.users.findById(rotated.userId);
    if (!user || user.isDisabled) {
      await this.sessions.revoke(rotated.refreshToken, rotated.userId);
      return err({ type: 'invalid-token' });
    }
    const accessToken = this.accessTokens.issue({ userId: user.id, role: user.role, sessionId: rotated.sessionId });
    return ok({ accessToken, refreshToken: rotated.refreshToken });
  }
}
