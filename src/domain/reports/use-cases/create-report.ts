import { randomUUID } from 'node:crypto';
import type { UserRepository } from '../../accounts/index.js';
import type { EventRepository } from '../../events/index.js';
import { actingIdentity, type InstanceIdentity, type PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { ReportError } from '../report.errors.js';
import { Report, REPORT_CONTENT_MAX } from '../report.js';
import type { ReportRepository } from '../ports/report.repository.js';
import type { ReportedComments } from '../ports/reported-comments.js';
import type { ReportingSettings } from '../ports/reporting-settings.js';

export interface CreateReportCommand {
  /** null: an anonymous report (when the instance allows them). */
  userId: string | null;
  /** For the rate limit of anonymous reports. */
  ip?: string | null;
  reportedId: string;
  eventIds: string[];
  commentIds: string[];
  content: string | null;
  forward: boolean;
}

/** Reports are cheap to send and costly to read: a few a minute is plenty for a person. */
const REPORTS_PER_MINUTE = 10;
/** More ids than this is not a report, it is a dump. */
const MAX_ITEMS = 50;

export class CreateReport {
  constructor(
    private readonly reports: ReportRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly events: EventRepository,
    private readonly comments: ReportedComments,
    private readonly settings: ReportingSettings,
    private readonly instance: InstanceIdentity,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: CreateReportCommand): Promise<Result<Report, ReportError>> {
    const reporter = await this.reporterOf(cmd.userId);
    if (!reporter.ok) return reporter;
    const content = (cmd.content ?? '').trim();
    if (content.length > REPORT_CONTENT_MAX)
      return err({ type: 'invalid-fields', fields: [{ field: 'content', message: `At most ${REPORT_CONTENT_MAX} characters` }] });
    const limitKey = cmd.userId ? `create-report:user:${cmd.userId}` : `create-report:ip:${cmd.ip ?? 'unknown'}`;
    if (!(await this.limiter.hit(limitKey, REPORTS_PER_MINUTE, 60))) return err({ type: 'rate-limited' });

    const reported = await this.persons.findById(cmd.reportedId);
    if (!reported || reported.id === reporter.value) return err({ type: 'profile-not-found' });

    // Only what the reported identity is responsible for: anything else would let a reporter
    // drag someone else's content into the report.
    const wantedEvents = unique(cmd.eventIds).slice(0, MAX_ITEMS);
    const events = wantedEvents.length ? await this.events.findByIds(wantedEvents) : [];
    const organized = new Set(events.filter((e) => e.organizerActorId === reported.id).map((e) => e.id));
    const eventIds = wantedEvents.filter((id) => organized.has(id));

    const wantedComments = unique(cmd.commentIds).slice(0, MAX_ITEMS);
    const authors = wantedComments.length ? await this.comments.authorsOf(wantedComments) : new Map<string, string>();
    const commentIds = authors === null ? wantedComments : wantedComments.filter((id) => authors.get(id) === reported.id);

    const report = Report.create(
      {
        id: await this.reports.nextId(),
        uuid: randomUUID(),
        baseUrl: this.instance.baseUrl(),
        reporterActorId: reporter.value,
        reportedActorId: reported.id,
        content,
        eventIds,
        commentIds,
        forward: cmd.forward,
      },
      this.clock.now(),
    );
    await this.reports.save(report);
    return ok(report);
  }

  /** The caller's default identity (it must be usable), or the anonymous actor. */
  private async reporterOf(userId: string | null): Promise<Result<string, ReportError>> {
    if (!userId) {
      const anonymous = await this.settings.anonymousReports();
      if (!anonymous.allowed || !anonymous.actorId) return err({ type: 'anonymous-reports-disabled' });
      return ok(anonymous.actorId);
    }
    const user = await this.users.findById(userId);
    if (!user || user.isDisabled) return err({ type: 'unauthenticated' });
    const identities = await this.persons.findByUser(userId);
    const identity = actingIdentity(user, identities);
    // A suspended identity can no longer act.
    if (!identity || identity.isSuspended) return err({ type: 'identity-not-found' });
    return ok(identity.id);
  }
}

function unique(ids: (string | null | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
}
