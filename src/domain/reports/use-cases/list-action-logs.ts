import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { ActionLog, ActionLogEntry } from '../../moderation/index.js';
import { ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import { moderatorOf } from './moderator.js';

/** The trail is read by those who leave it: moderators and administrators. */
export class ListActionLogs {
  constructor(
    private readonly log: ActionLog,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: {
    userId: string | null;
    page?: number | null;
    limit?: number | null;
  }): Promise<Result<Page<ActionLogEntry>, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    return ok(await this.log.list(pageRequest(cmd.page, cmd.limit)));
  }
}
