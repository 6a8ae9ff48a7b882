import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CommentResolver, EventCommentsResolver } from '../adapters/graphql/comments/comment.resolver.js';
import { SanitizeHtmlSanitizer } from '../adapters/html/sanitize-html.sanitizer.js';
import { TypeOrmEventAudience } from '../adapters/typeorm/notifications/typeorm-event-audience.js';
import { TypeOrmSentNotifications } from '../adapters/typeorm/notifications/typeorm-sent-notifications.js';
import { UserRepository } from '../domain/accounts/index.js';
import {
  CommentRepository,
  CreateComment,
  DeleteComment,
  SendCommentAnnouncement,
  UpdateComment,
  ViewComments,
} from '../domain/comments/index.js';
import { EventRepository, HtmlSanitizer } from '../domain/events/index.js';
import { InstanceIdentity, PersonRepository } from '../domain/identities/index.js';
import { ActionLog } from '../domain/moderation/index.js';
import { EventAudience, SentNotifications } from '../domain/notifications/index.js';
import { Clock, Mailer, RateLimiter } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { IdentitiesModule } from './identities.module.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

/** Comments under events (CommentRepository is bound globally in PersistenceModule). */
@Module({
  imports: [IdentitiesModule],
  providers: [
    { provide: HtmlSanitizer, useClass: SanitizeHtmlSanitizer },
    // The notifications' read side and idempotency keys, for the announcement emails.
    {
      provide: EventAudience,
      useFactory: (ds: DataSource, c: AppConfig) => new TypeOrmEventAudience(ds, c.defaultLocale),
      inject: [DataSource, APP_CONFIG],
    },
    { provide: SentNotifications, useFactory: (ds: DataSource) => new TypeOrmSentNotifications(ds), inject: [DataSource] },
    useCase(CreateComment, [
      CommentRepository,
      EventRepository,
      UserRepository,
      PersonRepository,
      HtmlSanitizer,
      InstanceIdentity,
      RateLimiter,
      Clock,
    ]),
    useCase(UpdateComment, [CommentRepository, EventRepository, UserRepository, PersonRepository, HtmlSanitizer, Clock]),
    useCase(DeleteComment, [CommentRepository, EventRepository, UserRepository, PersonRepository, ActionLog, Clock]),
    useCase(ViewComments, [CommentRepository, EventRepository, UserRepository, PersonRepository]),
    useCase(SendCommentAnnouncement, [
      CommentRepository,
      EventRepository,
      PersonRepository,
      EventAudience,
      SentNotifications,
      Mailer,
      Clock,
    ]),
    CommentResolver,
    EventCommentsResolver,
  ],
  exports: [SendCommentAnnouncement, ViewComments],
})
export class CommentsModule {}
