import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ActionLogEntry, ModerationAction } from '../../../domain/moderation/index.js';
import type { Report, ReportNote } from '../../../domain/reports/index.js';
import { EventObject } from '../events/event.graphql.js';
import { ActorInterface } from '../identities/person.graphql.js';
import { ActionLogObjectInterface } from '../shared/common-types.js';
import { CommentObject } from '../comments/comment.graphql.js';

const opt = { nullable: true } as const;

export enum ReportStatusEnum {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'The list of possible statuses for a report object',
  valuesMap: {
    OPEN: { description: 'The report has been opened' },
    CLOSED: { description: 'The report has been closed' },
    RESOLVED: { description: 'The report has been marked as resolved' },
  },
});

export enum AntiSpamFeedbackEnum {
  HAM = 'HAM',
  SPAM = 'SPAM',
}
registerEnumType(AntiSpamFeedbackEnum, {
  name: 'AntiSpamFeedback',
  valuesMap: { HAM: { description: 'The report is ham' }, SPAM: { description: 'The report is spam' } },
});

export enum ActionLogActionEnum {
  REPORT_UPDATE_CLOSED = 'REPORT_UPDATE_CLOSED',
  REPORT_UPDATE_OPENED = 'REPORT_UPDATE_OPENED',
  REPORT_UPDATE_RESOLVED = 'REPORT_UPDATE_RESOLVED',
  NOTE_CREATION = 'NOTE_CREATION',
  NOTE_DELETION = 'NOTE_DELETION',
  EVENT_DELETION = 'EVENT_DELETION',
  COMMENT_DELETION = 'COMMENT_DELETION',
  EVENT_UPDATE = 'EVENT_UPDATE',
  ACTOR_SUSPENSION = 'ACTOR_SUSPENSION',
  ACTOR_UNSUSPENSION = 'ACTOR_UNSUSPENSION',
  USER_DELETION = 'USER_DELETION',
}
registerEnumType(ActionLogActionEnum, {
  name: 'ActionLogAction',
  description: 'The different types of action log actions',
  valuesMap: {
    REPORT_UPDATE_CLOSED: { description: 'The report was closed' },
    REPORT_UPDATE_OPENED: { description: 'The report was opened' },
    REPORT_UPDATE_RESOLVED: { description: 'The report was resolved' },
    NOTE_CREATION: { description: 'A note was created on a report' },
    NOTE_DELETION: { description: 'A note was deleted on a report' },
    EVENT_DELETION: { description: 'An event was deleted' },
    COMMENT_DELETION: { description: 'A comment was deleted' },
    EVENT_UPDATE: { description: 'An event was updated' },
    ACTOR_SUSPENSION: { description: 'An actor was suspended' },
    ACTOR_UNSUSPENSION: { description: 'An actor was unsuspended' },
    USER_DELETION: { description: 'An user was deleted' },
  },
});

/** Convene's extra actions (user updates, settings) have no value in Mobilizon's enum: null. */
export function toActionEnum(action: ModerationAction): ActionLogActionEnum | null {
  return (Object.values(ActionLogActionEnum) as string[]).includes(action) ? (action as ActionLogActionEnum) : null;
}

@ObjectType('Report', { description: 'A report object', implements: () => [ActionLogObjectInterface] })
export class ReportObject {
  @Field(() => ID, { ...opt, description: 'The internal ID of the report' }) id: string | null;
  @Field(() => String, { ...opt, description: 'The comment the reporter added about this report' }) content: string | null;
  @Field(() => ReportStatusEnum, { ...opt, description: 'Whether the report is still active' }) status: ReportStatusEnum | null;
  @Field(() => String, { ...opt, description: 'The URI of the report' }) uri: string | null;
  @Field(() => ActorInterface, { ...opt, description: 'The actor that is being reported' }) reported: ActorInterface | null;
  @Field(() => ActorInterface, { ...opt, description: 'The actor that created the report' }) reporter: ActorInterface | null;
  @Field(() => [EventObject], { nullable: 'itemsAndList', description: 'The event that is being reported' }) events: EventObject[] | null;
  @Field(() => [CommentObject], { nullable: 'itemsAndList', description: 'The comments that are reported' }) comments:
    CommentObject[] | null;
  @Field(() => [ReportNoteObject], { nullable: 'itemsAndList', description: 'The notes made on the event' }) notes:
    ReportNoteObject[] | null;
  @Field(() => Date, { ...opt, description: 'When the report was created' }) insertedAt: Date | null;
  @Field(() => Date, { ...opt, description: 'When the report was updated' }) updatedAt: Date | null;

  /** Not in the schema: what the field resolvers load. */
  reporterActorId: string;
  reportedActorId: string;
  eventIds: string[];
  commentIds: string[];

  static from(report: Report): ReportObject {
    const s = report.snapshot();
    return Object.assign(new ReportObject(), {
      id: s.id,
      content: s.content,
      status: s.status as ReportStatusEnum,
      uri: s.url,
      insertedAt: s.createdAt,
      updatedAt: s.updatedAt,
      reporterActorId: s.reporterActorId,
      reportedActorId: s.reportedActorId,
      eventIds: s.eventIds,
      commentIds: s.commentIds,
    });
  }
}

@ObjectType('ReportNote', { description: 'A report note object', implements: () => [ActionLogObjectInterface] })
export class ReportNoteObject {
  @Field(() => ID, { ...opt, description: 'The internal ID of the report note' }) id: string | null;
  @Field(() => String, { ...opt, description: 'The content of the note' }) content: string | null;
  @Field(() => ActorInterface, { ...opt, description: 'The moderator who added the note' }) moderator: ActorInterface | null;
  @Field(() => ReportObject, { ...opt, description: 'The report on which this note is added' }) report: ReportObject | null;
  @Field(() => Date, { ...opt, description: 'When the report note was created' }) insertedAt: Date | null;

  reportId: string;
  moderatorActorId: string;

  static from(note: ReportNote): ReportNoteObject {
    return Object.assign(new ReportNoteObject(), {
      id: note.id,
      content: note.content,
      insertedAt: note.createdAt,
      reportId: note.reportId,
      moderatorActorId: note.moderatorActorId,
    });
  }
}

@ObjectType('PaginatedReportList')
export class PaginatedReportListObject {
  @Field(() => [ReportObject], { nullable: 'itemsAndList', description: 'A list of reports' }) elements: ReportObject[];
  @Field(() => Int, { ...opt, description: 'The total number of reports in the list' }) total: number;
}

@ObjectType('ActionLog', { description: 'An action log' })
export class ActionLogObject {
  @Field(() => ID, { ...opt, description: 'Internal ID for this comment' }) id: string | null;
  @Field(() => ActorInterface, { ...opt, description: 'The actor that acted' }) actor: ActorInterface | null;
  @Field(() => ActionLogObjectInterface, { ...opt, description: 'The object that was acted upon' }) object: ActionLogObjectInterface | null;
  @Field(() => ActionLogActionEnum, { ...opt, description: 'The action that was done' }) action: ActionLogActionEnum | null;
  @Field(() => Date, { ...opt, description: 'The time when the action was performed' }) insertedAt: Date | null;

  entry: ActionLogEntry;

  static from(entry: ActionLogEntry): ActionLogObject {
    return Object.assign(new ActionLogObject(), { id: entry.id, action: toActionEnum(entry.action), insertedAt: entry.createdAt, entry });
  }
}

@ObjectType('PaginatedActionLogList', { description: 'A paginated list of action logs' })
export class PaginatedActionLogListObject {
  @Field(() => [ActionLogObject], { nullable: 'itemsAndList', description: 'A list of action logs' }) elements: ActionLogObject[];
  @Field(() => Int, { ...opt, description: 'The total number of action logs in the list' }) total: number;
}

@ArgsType()
export class ReportsArgs {
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
  @Field(() => ReportStatusEnum, { ...opt, defaultValue: ReportStatusEnum.OPEN }) status: ReportStatusEnum | null;
  @Field(() => String, { ...opt, defaultValue: null }) domain: string | null;
}

@ArgsType()
export class ReportArgs {
  @Field(() => ID) id: string;
}

@ArgsType()
export class ActionLogsArgs {
  @Field(() => Int, { ...opt, defaultValue: 1 }) page: number | null;
  @Field(() => Int, { ...opt, defaultValue: 10 }) limit: number | null;
}

@ArgsType()
export class CreateReportArgs {
  @Field(() => String, opt) content: string | null;
  @Field(() => ID) reportedId: string;
  @Field(() => [ID], { nullable: 'itemsAndList', defaultValue: [] }) eventsIds: (string | null)[] | null;
  @Field(() => [ID], { nullable: 'itemsAndList', defaultValue: [] }) commentsIds: (string | null)[] | null;
  @Field(() => Boolean, { ...opt, defaultValue: false }) forward: boolean | null;
}

@ArgsType()
export class UpdateReportStatusArgs {
  @Field(() => ID) reportId: string;
  @Field(() => ReportStatusEnum) status: ReportStatusEnum;
  /** Accepted for compatibility; no anti-spam service is wired. */
  @Field(() => AntiSpamFeedbackEnum, opt) antispamFeedback: AntiSpamFeedbackEnum | null;
}

@ArgsType()
export class CreateReportNoteArgs {
  @Field(() => String, opt) content: string | null;
  @Field(() => ID) reportId: string;
}

@ArgsType()
export class DeleteReportNoteArgs {
  @Field(() => ID) noteId: string;
}

@ArgsType()
export class ProfileIdArgs {
  @Field(() => ID) id: string;
}
