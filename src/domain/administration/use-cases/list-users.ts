import { err, ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import type { AccountError, User, UserRepository } from '../../accounts/index.js';

/** The instance's accounts, for its moderators and administrators only. */
export class ListUsers {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: {
    actingUserId: string;
    email?: string | null;
    currentSignInIp?: string | null;
    direction?: 'ASC' | 'DESC' | null;
    page?: number | null;
    limit?: number | null;
  }): Promise<Result<Page<User>, AccountError>> {
    const actor = await this.users.findById(cmd.actingUserId);
    if (!actor?.isModerator) return err({ type: 'unauthorized' });
    const page = pageRequest(cmd.page, cmd.limit);
    return ok(
      await this.users.list(
        {
          email: cmd.email?.trim().toLowerCase() || null,
          currentSignInIp: cmd.currentSignInIp || null,
          direction: cmd.direction ?? 'DESC',
        },
        page,
      ),
    );
  }
}
