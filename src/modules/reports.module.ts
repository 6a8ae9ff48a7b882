import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActionLogResolver, ModerationResolver, ReportNoteResolver, ReportResolver } from '../adapters/graphql/reports/report.resolver.js';
import { TypeOrmEventAudience } from '../adapters/typeorm/notifications/typeorm-event-audience.js';
import { TypeOrmSentNotifications } from '../adapters/typeorm/notifications/typeorm-sent-notifications.js';
import { TypeOrmAnonymousActor } from '../adapters/typeorm/participations/typeorm-anonymous-actor.js';
import { ConfiguredReportingSettings } from '../adapters/typeorm/reports/configured-reporting-settings.js';
import { TypeOrmModeratorDirectory } from '../adapters/typeorm/reports/typeorm-moderator-directory.js';
import { TypeOrmReportRepository } from '../adapters/typeorm/reports/typeorm-report.repository.js';
import { UserRepository } from '../domain/accounts/index.js';
import { InstanceSettingsStore } from '../domain/administration/index.js';
import { CommentRepository } from '../domain/comments/index.js';
import { EventRepository } from '../domain/events/index.js';
import { InstanceIdentity, PersonRepository } from '../domain/identities/index.js';
import { ActionLog } from '../domain/moderation/index.js';
import { EventAudience, SentNotifications } from '../domain/notifications/index.js';
import {
  CommentAuthors,
  CreateReport,
  CreateReportNote,
  DeleteReportNote,
  ListActionLogs,
  ListReports,
  ModeratorDirectory,
  NotifyOrganizerSuspended,
  ReportedComments,
  ReportingSettings,
  ReportRepository,
  SendReportEmail,
  SuspendProfile,
  UnsuspendProfile,
  UpdateReportStatus,
  ViewReport,
} from '../domain/reports/index.js';
import { Clock, Mailer, RateLimiter } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { IdentitiesModule } from './identities.module.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

@Module({
  imports: [IdentitiesModule],
  providers: [
    { provide: ReportRepository, useFactory: (ds: DataSource) => new TypeOrmReportRepository(ds), inject: [DataSource] },
    { provide: ModeratorDirectory, useFactory: (ds: DataSource) => new TypeOrmModeratorDirectory(ds), inject: [DataSource] },
    { provide: ReportedComments, useFactory: (c: CommentRepository) => new CommentAuthors(c), inject: [CommentRepository] },
    {
      // The administrators' setting (saveAdminSettings), read on each report.
      provide: ReportingSettings,
      useFactory: (ds: DataSource, c: AppConfig, store: InstanceSettingsStore) => {
        const anonymous = new TypeOrmAnonymousActor(ds, c.baseUrl);
        return new ConfiguredReportingSettings(
          async () => (await store.load()).anonymousReports,
          () => anonymous.actorId(),
        );
      },
      inject: [DataSource, APP_CONFIG, InstanceSettingsStore],
    },
    {
      provide: EventAudience,
      useFactory: (ds: DataSource, c: AppConfig) => new TypeOrmEventAudience(ds, c.defaultLocale),
      inject: [DataSource, APP_CONFIG],
    },
    { provide: SentNotifications, useFactory: (ds: DataSource) => new TypeOrmSentNotifications(ds), inject: [DataSource] },
    useCase(CreateReport, [
      ReportRepository,
      PersonRepository,
      UserRepository,
      EventRepository,
      ReportedComments,
      ReportingSettings,
      InstanceIdentity,
      RateLimiter,
      Clock,
    ]),
    useCase(ListReports, [ReportRepository, UserRepository, PersonRepository]),
    useCase(ViewReport, [ReportRepository, UserRepository, PersonRepository]),
    useCase(UpdateReportStatus, [ReportRepository, UserRepository, PersonRepository, ActionLog, Clock]),
    useCase(CreateReportNote, [ReportRepository, UserRepository, PersonRepository, ActionLog, Clock]),
    useCase(DeleteReportNote, [ReportRepository, UserRepository, PersonRepository, ActionLog, Clock]),
    useCase(SuspendProfile, [PersonRepository, UserRepository, ActionLog, Clock]),
    useCase(UnsuspendProfile, [PersonRepository, UserRepository, ActionLog, Clock]),
    useCase(ListActionLogs, [ActionLog, UserRepository, PersonRepository]),
    useCase(SendReportEmail, [ReportRepository, PersonRepository, EventRepository, ModeratorDirectory, SentNotifications, Mailer, Clock]),
    useCase(NotifyOrganizerSuspended, [PersonRepository, EventRepository, EventAudience, SentNotifications, Mailer, Clock]),
    ReportResolver,
    ReportNoteResolver,
    ActionLogResolver,
    ModerationResolver,
  ],
  exports: [SendReportEmail, NotifyOrganizerSuspended, ReportingSettings, ReportRepository],
})
export class ReportsModule {}
