import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import { NOTE_CONTENT_MAX, type ReportNote } from '../report.js';
import type { ReportRepository } from '../ports/report.repository.js';
import { moderatorOf } from './moderator.js';

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
