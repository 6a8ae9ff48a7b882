import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import type { Report } from '../report.js';
import type { ReportRepository } from '../ports/report.repository.js';
import { moderatorOf } from './moderator.js';

export class ViewReport {
  constructor(
    private readonly reports: ReportRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: { userId: string | null; reportId: string }): Promise<Result<Report, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    const report = await this.reports.findById(cmd.reportId);
    return report ? ok(report) : err({ type: 'report-not-found' });
  }
}
