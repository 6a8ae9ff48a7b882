import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OutboxRelay } from '../adapters/typeorm/outbox/index.js';
import { SendAccountEmail } from '../domain/accounts/index.js';
import { SendCommentAnnouncement } from '../domain/comments/index.js';
import { PurgeUserMedia } from '../domain/media/index.js';
import {
  NotifyEventCancelled,
  NotifyEventUpdated,
  SendDailyDigest,
  SendEventReminders,
  SendPendingParticipationDigest,
  SendWeeklyDigest,
} from '../domain/notifications/index.js';
import { SendParticipationEmail, WithdrawSuspendedParticipant } from '../domain/participations/index.js';
import { NotifyOrganizerSuspended, SendReportEmail } from '../domain/reports/index.js';
import { JobQueue } from '../domain/shared/index.js';
import { AccountsModule } from './accounts.module.js';
import { CommentsModule } from './comments.module.js';
import { jobHandlers, jobTable, type JobUseCases } from './job-table.js';
import { MediaModule } from './media.module.js';
import { NotificationsModule } from './notifications.module.js';
import { ParticipationsModule } from './participations.module.js';
import { ReportsModule } from './reports.module.js';

const logger = new Logger('Worker');

/** The worker role: relays the outbox to the job queue and runs the jobs of the job table. */
@Module({ imports: [AccountsModule, MediaModule, ParticipationsModule, NotificationsModule, CommentsModule, ReportsModule] })
export class WorkerModule implements JobUseCases, OnApplicationBootstrap, BeforeApplicationShutdown {
  private relay: OutboxRelay | null = null;

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(JobQueue) private readonly queue: JobQueue,
    @Inject(SendAccountEmail) readonly sendAccountEmail: SendAccountEmail,
    @Inject(PurgeUserMedia) readonly purgeUserMedia: PurgeUserMedia,
    @Inject(SendParticipationEmail) readonly sendParticipationEmail: SendParticipationEmail,
    @Inject(WithdrawSuspendedParticipant) readonly withdrawSuspendedParticipant: WithdrawSuspendedParticipant,
    @Inject(NotifyEventUpdated) readonly notifyEventUpdated: NotifyEventUpdated,
    @Inject(NotifyEventCancelled) readonly notifyEventCancelled: NotifyEventCancelled,
    @Inject(SendEventReminders) readonly sendEventReminders: SendEventReminders,
    @Inject(SendDailyDigest) readonly sendDailyDigest: SendDailyDigest,
    @Inject(SendWeeklyDigest) readonly sendWeeklyDigest: SendWeeklyDigest,
    @Inject(SendPendingParticipationDigest) readonly sendPendingParticipationDigest: SendPendingParticipationDigest,
    @Inject(SendCommentAnnouncement) readonly sendCommentAnnouncement: SendCommentAnnouncement,
    @Inject(SendReportEmail) readonly sendReportEmail: SendReportEmail,
    @Inject(NotifyOrganizerSuspended) readonly notifyOrganizerSuspended: NotifyOrganizerSuspended,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Built before anything runs: a table with a hole stops the boot.
    const handlers = jobHandlers(jobTable(this));
    this.relay = new OutboxRelay(this.dataSource, this.queue, (line) => logger.log(line));
    await this.relay.start();
    await this.queue.process(handlers, 4);
    logger.log('outbox relay and job processing started');
  }

  // Before the connections close: stop taking jobs and let the running ones finish.
  async beforeApplicationShutdown(): Promise<void> {
    await this.relay?.stop();
    await this.queue.stop();
  }
}
