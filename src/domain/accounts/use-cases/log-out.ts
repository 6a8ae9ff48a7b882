import { err, ok, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import type { Sessions } from '../ports/sessions.js';

export class LogOut {
  constructor(private readonly sessions: Sessions) {}

  async execute(cmd: { userId: string; refreshToken: string }): Promise<Result<string, AccountError>> {
    const revoked = await this.sessions.revoke(cmd.refreshToken, cmd.userId);
    return revoked ? ok(cmd.refreshToken) : err({ type: 'invalid-token' });
  }
}
