import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../adapters/typeorm/outbox/index.js';
import { ACCOUNT_EMAIL_EVENTS, SendAccountEmail, type AccountEmailEvent } from '../domain/accounts/index.js';
import { PurgeUserMedia } from '../domain/media/index.js';
import {
  PARTICIPATION_EMAIL_EVENTS,
  PARTICIPATION_SILENT_EVENTS,
  SendParticipationEmail,
  WithdrawSuspendedParticipant,
  type ParticipationEmailEvent,
} from '../domain/participations/index.js';
import { ANY_JOB, JobQueue, type JobHandler } from '../domain/shared/index.js';
import { AccountsModule } from './accounts.module.js';
import { CommentJobs, CommentsModule } from './comments.module.js';
import { MediaModule } from './media.module.js';
import { NotificationJobs, NotificationsModule } from './notifications.module.js';
import { ParticipationsModule } from './participations.module.js';
import { ReportJobs, ReportsModule } from './reports.module.js';

// Recorded for the future (federation, search, audit) but with no side effect yet.
const WITHOUT_SIDE_EFFECTS = ['user.confirmed', 'user.password-changed', 'person.created', 'person.updated', 'person.deleted'];

const logger = new Logger('Worker');

/** The worker role: relays the outbox to the job queue and runs the jobs. */
@Module({ imports: [AccountsModule, MediaModule, ParticipationsModule, NotificationsModule, CommentsModule, ReportsModule] })
export class WorkerModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay: OutboxRelay | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(SendAccountEmail) private readonly sendAccountEmail: SendAccountEmail,
    @Inject(PurgeUserMedia) private readonly purgeUserMedia: PurgeUserMedia,
    @Inject(SendParticipationEmail) private readonly sendParticipationEmail: SendParticipationEmail,
    @Inject(WithdrawSuspendedParticipant) private readonly withdrawSuspended: WithdrawSuspendedParticipant,
    @Inject(NotificationJobs) private readonly notificationJobs: NotificationJobs,
    @Inject(CommentJobs) private readonly commentJobs: CommentJobs,
    @Inject(ReportJobs) private readonly reportJobs: ReportJobs,
  ) {}

  handlers(): Record<string, JobHandler> {
    const handlers: Record<string, JobHandler> = {};
    for (const name of ACCOUNT_EMAIL_EVENTS) {
      handlers[name] = (job) => this.sendAccountEmail.execute({ name, payload: job.payload } as AccountEmailEvent);
    }
    handlers['user.deleted'] = async (job) => {
      await this.purgeUserMedia.execute({ userId: (job.payload as { userId: string }).userId });
    };
    for (const name of PARTICIPATION_EMAIL_EVENTS) {
      handlers[name] = (job) => this.sendParticipationEmail.execute({ name, payload: job.payload } as ParticipationEmailEvent);
    }
    for (const name of [...WITHOUT_SIDE_EFFECTS, ...PARTICIPATION_SILENT_EVENTS]) handlers[name] = async () => {};
    // event.updated / event.cancelled and the notify.* jobs (reminders, digests).
    Object.assign(handlers, this.notificationJobs.handlers());
    // comment.announced (announcement emails) and the silent comment.* events.
    Object.assign(handlers, this.commentJobs.handlers());
    // report.created (moderators' email), person.suspended (participants' email), person.unsuspended.
    Object.assign(handlers, this.reportJobs.handlers());
    // A suspended identity is also withdrawn from others' events (after its participants are told).
    const tellParticipants = handlers['person.suspended'];
    handlers['person.suspended'] = async (job) => {
      await tellParticipants?.(job);
      await this.withdrawSuspended.execute({ personId: (job.payload as { personId: string }).personId });
    };
    // Every other domain event is a recorded fact with no side effect (yet): done at once, rather
    // than retried or left waiting for a handler.
    handlers[ANY_JOB] = async (job) => logger.debug(`${job.name}: no side effect`);
    return handlers;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.relay = new OutboxRelay(this.dataSource, this.queue, (line) => logger.log(line));
    await this.relay.start();
    await this.queue.process(this.handlers(), 4);
    logger.log('outbox relay and job processing started');
  }

  // Before the connections close: stop taking jobs and let the running ones finish.
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.queue.stop();
  }
}
