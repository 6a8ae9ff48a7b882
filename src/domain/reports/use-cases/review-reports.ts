import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { ActionLog, ModerationAction } from '../../moderation/index.js';
import { err, ok, pageRequest, type Clock, type Page, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import { NOTE_CONTENT_MAX, type Report, type ReportNote, type ReportStatus } from '../report.js';
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

export class CreateReportNote {
  constructor(
    private readonly reports: ReportRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly log: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string | null; reportId: string; content: string | null }): Promise<Result<ReportNote, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    const content = (cmd.content ?? '').trim();
    if (content === '') return err({ type: 'invalid-fields', fields: [{ field: 'content', message: 'A note cannot be empty' }] });
    if (content.length > NOTE_CONTENT_MAX)
      return err({ type: 'invalid-fields', fields: [{ field: 'content', message: `At most ${NOTE_CONTENT_MAX} characters` }] });
    const report = await this.reports.findById(cmd.reportId);
    if (!report) return err({ type: 'report-not-found' });
    const now = this.clock.now();
    const note = await this.reports.addNote({ reportId: report.id, moderatorActorId: moderator.value.actorId, content, createdAt: now });
    await this.log.record({
      moderatorActorId: moderator.value.actorId,
      action: 'NOTE_CREATION',
      objectType: 'ReportNote',
      objectId: note.id,
      details: { reportId: report.id },
      createdAt: now,
    });
    return ok(note);
  }
}

/** By the moderator who wrote the note (any of their identities), or an administrator. */
export class DeleteReportNote {
  constructor(
    private readonly reports: ReportRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly log: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string | null; noteId: string }): Promise<Result<{ id: string }, ReportError>> {
    const moderator = await moderatorOf(cmd.userId, this.users, this.persons);
    if (!moderator.ok) return moderator;
    const note = await this.reports.findNote(cmd.noteId);
    if (!note) return err({ type: 'note-not-found' });
    const own = (await this.persons.findByUser(moderator.value.userId)).some((p) => p.id === note.moderatorActorId);
    if (!own && !moderator.value.isAdministrator) return err({ type: 'unauthorized' });
    const now = this.clock.now();
    await this.reports.deleteNote(note.id);
    await this.log.record({
      moderatorActorId: moderator.value.actorId,
      action: 'NOTE_DELETION',
      objectType: 'ReportNote',
      objectId: note.id,
      // The note is gone: what it said stays in the trail.
      details: { reportId: note.reportId, content: note.content },
      createdAt: now,
    });
    return ok({ id: note.id });
  }
}
