import type { UserRepository } from '../../accounts/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import type { ReportRepository } from '../ports/report.repository.js';
import { moderatorOf } from './moderator.js';

/**
 * By the moderator who wrote the note (any of their identities) only: a note is a moderator's own
 * word in the report's record, so not even an administrator removes another's (issue 12.5).
 */
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
    if (!own) return err({ type: 'unauthorized' });
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
