import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { ActionLog, ModerationAction } from '../../moderation/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import type { Report, ReportStatus } from '../report.js';
import type { ReportRepository } from '../ports/report.repository.js';
import { moderatorOf } from './moderator.js';

const STATUS_ACTIONS: Record<ReportStatus, ModerationAction> = {
  OPEN: 'REPORT_UPDATE_OPENED',
  CLOSED: 'REPORT_UPDATE_CLOSED',
  RESOLVED: 'REPORT_UPDATE_RESOLVED',
};

export class UpdateReportStatus {
  constructor(
    private readonly reports: ReportRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly log: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string | null; reportId: string; status: ReportStatus }): Promise<Result<Report, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    const report = await this.reports.findById(cmd.reportId);
    if (!report) return err({ type: 'report-not-found' });
    const previous = report.status;
    const now = this.clock.now();
    // Setting the status it already has changes nothing and leaves no trace.
    if (!report.changeStatus(cmd.status, now)) return ok(report);
    await this.reports.save(report);
    await this.log.record({
      moderatorActorId: moderator.value.actorId,
      action: STATUS_ACTIONS[cmd.status],
      objectType: 'Report',
      objectId: report.id,
      details: { previous, status: cmd.status },
      createdAt: now,
    });
    return ok(report);
  }
}
