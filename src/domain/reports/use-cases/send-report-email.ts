import type { EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { deliverOnce, type SentNotifications } from '../../notifications/index.js';
import type { Clock, Mailer } from '../../shared/index.js';
import type { ModeratorDirectory } from '../ports/moderator-directory.js';
import type { ReportRepository } from '../ports/report.repository.js';

/** Handler of `report.created`: every moderator and administrator is told, once each. */
export class SendReportEmail {
  constructor(
    private readonly reports: ReportRepository,
    private readonly persons: PersonRepository,
    private readonly events: EventRepository,
    private readonly moderators: ModeratorDirectory,
    private readonly sent: SentNotifications,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  async execute(payload: { reportId: string }): Promise<number> {
    const report = await this.reports.findById(payload.reportId);
    if (!report) return 0;
    const s = report.snapshot();
    const reported = await this.persons.findById(s.reportedActorId);
    const reportedName = reported ? handle(reported.snapshot()) : `#${s.reportedActorId}`;
    const eventTitles = (await this.events.findByIds(s.eventIds)).map((e) => e.snapshot().title);
    // The reporter stays out of the email: moderators see who reported in the moderation pages.
    const data = { reportId: s.id, reportedName, content: s.content, eventTitles, commentCount: s.commentIds.length };
    const recipients = await this.moderators.recipients();
    return deliverOnce(
      recipients.map((r) => ({
        key: `report-created:${s.id}:${r.email.toLowerCase()}`,
        email: { template: 'report-created' as const, to: r.email, locale: r.locale, data },
      })),
      this.sent,
      this.mailer,
      this.clock.now(),
    );
  }
}

export function handle(p: { preferredUsername: string; domain: string | null; name: string }): string {
  const at = p.domain ? `@${p.preferredUsername}@${p.domain}` : `@${p.preferredUsername}`;
  return p.name ? `${p.name} (${at})` : at;
}
