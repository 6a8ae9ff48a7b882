import { Inject, Injectable, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IcsEventCalendarFile } from '../adapters/calendar/ics-event-calendar-file.js';
import { TypeOrmEventAudience } from '../adapters/typeorm/notifications/typeorm-event-audience.js';
import { TypeOrmPendingEventChanges } from '../adapters/typeorm/notifications/typeorm-pending-event-changes.js';
import { TypeOrmSentNotifications } from '../adapters/typeorm/notifications/typeorm-sent-notifications.js';
import { EventRepository } from '../domain/events/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import {
  EventAudience,
  NotifyEventCancelled,
  NotifyEventUpdated,
  PendingEventChanges,
  ScheduleNotifications,
  SendDailyDigest,
  SendEventReminders,
  SendPendingParticipationDigest,
  SendWeeklyDigest,
  SentNotifications,
} from '../domain/notifications/index.js';
import { EventCalendarFile } from '../domain/participations/index.js';
import { Clock, JobQueue, Mailer } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

const logger = new Logger('Notifications');

/**
 * The worker's clock for reminders and digests: every NOTIFY_TICK_SECONDS it enqueues the due
 * periodic jobs (ids per time slot, so several workers ticking enqueue each job once). The first
 * tick comes one interval after boot.
 */
@Injectable()
export class NotificationScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(ScheduleNotifications) private readonly schedule: ScheduleNotifications,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.notifications.tickSeconds;
    if (seconds <= 0) return;
    this.timer = setInterval(() => {
      this.schedule
        .execute()
        .catch((error: unknown) =>
          logger.warn(`scheduling notifications failed: ${error instanceof Error ? error.message : String(error)}`),
        );
    }, seconds * 1000);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

/** Notifications of the worker role: emails reacting to event changes, reminders and digests. */
@Module({
  providers: [
    {
      provide: EventAudience,
      useFactory: (ds: DataSource, c: AppConfig) => new TypeOrmEventAudience(ds, c.defaultLocale),
      inject: [DataSource, APP_CONFIG],
    },
    { provide: SentNotifications, useFactory: (ds: DataSource) => new TypeOrmSentNotifications(ds), inject: [DataSource] },
    { provide: PendingEventChanges, useFactory: (ds: DataSource) => new TypeOrmPendingEventChanges(ds), inject: [DataSource] },
    // The same .ics as the participation emails (and /events/:uuid/export/ics).
    {
      provide: EventCalendarFile,
      useFactory: (c: AppConfig) => new IcsEventCalendarFile({ name: c.instanceName, baseUrl: c.baseUrl }),
      inject: [APP_CONFIG],
    },
    {
      provide: NotifyEventUpdated,
      useFactory: (
        e: EventRepository,
        p: PersonRepository,
        a: EventAudience,
        ch: PendingEventChanges,
        s: SentNotifications,
        f: EventCalendarFile,
        m: Mailer,
        q: JobQueue,
        cl: Clock,
        c: AppConfig,
      ) => new NotifyEventUpdated(e, p, a, ch, s, f, m, q, cl, c.notifications.debounceSeconds * 1000),
      inject: [
        EventRepository,
        PersonRepository,
        EventAudience,
        PendingEventChanges,
        SentNotifications,
        EventCalendarFile,
        Mailer,
        JobQueue,
        Clock,
        APP_CONFIG,
      ],
    },
    useCase(NotifyEventCancelled, [EventRepository, PersonRepository, EventAudience, SentNotifications, EventCalendarFile, Mailer, Clock]),
    useCase(SendEventReminders, [EventAudience, SentNotifications, Mailer, Clock]),
    useCase(SendDailyDigest, [EventAudience, SentNotifications, Mailer, Clock]),
    useCase(SendWeeklyDigest, [EventAudience, SentNotifications, Mailer, Clock]),
    useCase(SendPendingParticipationDigest, [EventAudience, SentNotifications, Mailer, Clock]),
    useCase(ScheduleNotifications, [JobQueue, Clock]),
    NotificationScheduler,
  ],
  exports: [
    NotifyEventUpdated,
    NotifyEventCancelled,
    SendEventReminders,
    SendDailyDigest,
    SendWeeklyDigest,
    SendPendingParticipationDigest,
  ],
})
export class NotificationsModule {}
