// Every table of the schema has its record here (test/integration/schema.test.ts checks both ways).
import { AccountTokenRecord } from './accounts/account-token.record.js';
import { SessionRecord } from './accounts/session.record.js';
import { UserRecord } from './accounts/user.record.js';
import { InstanceSettingsRecord } from './administration/instance-settings.record.js';
import { CommentRecord } from './comments/comment.record.js';
import { EventTagRecord } from './events/event-tag.record.js';
import { EventRecord } from './events/event.record.js';
import { TagRecord } from './events/tag.record.js';
import { FeedTokenRecord } from './feeds/feed-token.record.js';
import { ActorRecord } from './identities/actor.record.js';
import { RetiredUsernameRecord } from './identities/retired-username.record.js';
import { MediaRecord } from './media/media.record.js';
import { ActionLogRecord } from './moderation/action-log.record.js';
import { EventPendingChangeRecord } from './notifications/event-pending-change.record.js';
import { SentNotificationRecord } from './notifications/sent-notification.record.js';
import { OutboxRecord } from './outbox/outbox.record.js';
import { ParticipationRecord } from './participations/participation.record.js';
import { JobRecord } from './queue/job.record.js';
import { RateLimitRecord } from './rate-limit/rate-limit.record.js';
import { ReportNoteRecord } from './reports/report-note.record.js';
import { ReportRecord } from './reports/report.record.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM types entity classes as Function
export const entities: Function[] = [
  UserRecord,
  AccountTokenRecord,
  SessionRecord,
  ActorRecord,
  RetiredUsernameRecord,
  MediaRecord,
  EventRecord,
  TagRecord,
  EventTagRecord,
  ParticipationRecord,
  CommentRecord,
  FeedTokenRecord,
  SentNotificationRecord,
  EventPendingChangeRecord,
  ReportRecord,
  ReportNoteRecord,
  ActionLogRecord,
  InstanceSettingsRecord,
  OutboxRecord,
  JobRecord,
  RateLimitRecord,
];
