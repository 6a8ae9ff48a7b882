import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import type { Report, ReportStatus } from '../report.js';
import type { ReportRepository } from '../ports/report.repository.js';
import { moderatorOf } from './moderator.js';

/** Reports are for the instance's moderators only: a plain user never sees one. */
export class ListReports {
  constructor(
    private readonly reports: ReportRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: {
    userId: string | null;
    status?: ReportStatus | null;
    domain?: string | null;
    page?: number | null;
    limit?: number | null;
  }): Promise<Result<Page<Report>, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    return ok(
      await this.reports.list({ status: cmd.status ?? null, domain: cmd.domain?.trim() || null }, pageRequest(cmd.page, cmd.limit)),
    );
  }
}
