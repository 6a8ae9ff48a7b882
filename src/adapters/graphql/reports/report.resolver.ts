import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UserRepository } from '../../../domain/accounts/index.js';
import { CommentRepository, type Comment } from '../../../domain/comments/index.js';
import { EventRepository } from '../../../domain/events/index.js';
import {
  CreateReport,
  CreateReportNote,
  DeleteReportNote,
  ListActionLogs,
  ListReports,
  ReportRepository,
  SuspendProfile,
  UnsuspendProfile,
  UpdateReportStatus,
  ViewReport,
} from '../../../domain/reports/index.js';
import { DeletedObjectObject, UserObject } from '../accounts/user.graphql.js';
import { CommentObject } from '../comments/comment.graphql.js';
import { toCommentObject } from '../comments/comment.mapping.js';
import { EventObject } from '../events/event.graphql.js';
import { toEventObject } from '../events/event.mapping.js';
import { ActorInterface, PersonObject } from '../identities/person.graphql.js';
import { ActionLogObjectInterface } from '../shared/common-types.js';
import { isModerator, type GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { reportError } from './report.graphql-errors.js';
import {
  ActionLogObject,
  ActionLogsArgs,
  CreateReportArgs,
  CreateReportNoteArgs,
  DeleteReportNoteArgs,
  PaginatedActionLogListObject,
  PaginatedReportListObject,
  ProfileIdArgs,
  ReportArgs,
  ReportNoteObject,
  ReportObject,
  ReportsArgs,
  UpdateReportStatusArgs,
} from './report.graphql.js';

const unwrap = unwrapWith(reportError);

const ids = (raw: (string | null)[] | null | undefined): string[] => (raw ?? []).filter((id): id is string => typeof id === 'string');

async function personObject(ctx: GqlContext, id: string | null): Promise<PersonObject | null> {
  const person = id ? await ctx.loaders.persons.load(id) : null;
  return person ? PersonObject.from(person) : null;
}

@Resolver(() => ReportObject)
export class ReportResolver {
  constructor(
    @Inject(CreateReport) private readonly createReportUseCase: CreateReport,
    @Inject(ListReports) private readonly listReports: ListReports,
    @Inject(ViewReport) private readonly viewReport: ViewReport,
    @Inject(UpdateReportStatus) private readonly updateStatus: UpdateReportStatus,
    @Inject(CreateReportNote) private readonly createNote: CreateReportNote,
    @Inject(DeleteReportNote) private readonly deleteNote: DeleteReportNote,
    @Inject(ReportRepository) private readonly reports: ReportRepository,
    @Inject(EventRepository) private readonly events: EventRepository,
    @Inject(CommentRepository) private readonly comments: CommentRepository,
  ) {}

  @Query(() => PaginatedReportListObject, { name: 'reports', nullable: true, description: 'Get all reports' })
  async reportList(@Context() ctx: GqlContext, @Args({ type: () => ReportsArgs }) args: ReportsArgs): Promise<PaginatedReportListObject> {
    const page = unwrap(
      await this.listReports.execute({
        userId: ctx.viewer?.userId ?? null,
        status: args.status,
        domain: args.domain,
        page: args.page,
        limit: args.limit,
      }),
    );
    return { total: page.total, elements: page.elements.map(ReportObject.from) };
  }

  @Query(() => ReportObject, { name: 'report', nullable: true, description: 'Get a report by id' })
  async report(@Context() ctx: GqlContext, @Args({ type: () => ReportArgs }) args: ReportArgs): Promise<ReportObject> {
    return ReportObject.from(unwrap(await this.viewReport.execute({ userId: ctx.viewer?.userId ?? null, reportId: args.id })));
  }

  @Mutation(() => ReportObject, { name: 'createReport', nullable: true, description: 'Create a report' })
  async createReport(@Context() ctx: GqlContext, @Args({ type: () => CreateReportArgs }) args: CreateReportArgs): Promise<ReportObject> {
    const report = unwrap(
      await this.createReportUseCase.execute({
        userId: ctx.viewer?.userId ?? null,
        ip: ctx.ip,
        reportedId: args.reportedId,
        eventIds: ids(args.eventsIds),
        commentIds: ids(args.commentsIds),
        content: args.content,
        forward: args.forward ?? false,
      }),
    );
    return ReportObject.from(report);
  }

  @Mutation(() => ReportObject, { name: 'updateReportStatus', nullable: true, description: 'Update a report' })
  async updateReportStatus(
    @Context() ctx: GqlContext,
    @Args({ type: () => UpdateReportStatusArgs }) args: UpdateReportStatusArgs,
  ): Promise<ReportObject> {
    return ReportObject.from(
      unwrap(await this.updateStatus.execute({ userId: ctx.viewer?.userId ?? null, reportId: args.reportId, status: args.status })),
    );
  }

  @Mutation(() => ReportNoteObject, { name: 'createReportNote', nullable: true, description: 'Create a note on a report' })
  async createReportNote(
    @Context() ctx: GqlContext,
    @Args({ type: () => CreateReportNoteArgs }) args: CreateReportNoteArgs,
  ): Promise<ReportNoteObject> {
    return ReportNoteObject.from(
      unwrap(await this.createNote.execute({ userId: ctx.viewer?.userId ?? null, reportId: args.reportId, content: args.content })),
    );
  }

  @Mutation(() => DeletedObjectObject, { name: 'deleteReportNote', nullable: true, description: 'Delete a note on a report' })
  async deleteReportNote(
    @Context() ctx: GqlContext,
    @Args({ type: () => DeleteReportNoteArgs }) args: DeleteReportNoteArgs,
  ): Promise<DeletedObjectObject> {
    return unwrap(await this.deleteNote.execute({ userId: ctx.viewer?.userId ?? null, noteId: args.noteId }));
  }

  @ResolveField('reported', () => ActorInterface, { nullable: true })
  async reported(@Context() ctx: GqlContext, @Parent() report: ReportObject): Promise<PersonObject | null> {
    return personObject(ctx, report.reportedActorId);
  }

  // createReport answers a Report to its author: who reported, the notes and the content pointed
  // at stay for the moderators.
  @ResolveField('reporter', () => ActorInterface, { nullable: true })
  async reporter(@Context() ctx: GqlContext, @Parent() report: ReportObject): Promise<PersonObject | null> {
    if (!isModerator(ctx.viewer)) return null;
    return personObject(ctx, report.reporterActorId);
  }

  @ResolveField('events', () => [EventObject], { nullable: 'itemsAndList' })
  async reportedEvents(@Context() ctx: GqlContext, @Parent() report: ReportObject): Promise<EventObject[]> {
    if (!isModerator(ctx.viewer) || report.eventIds.length === 0) return [];
    const found = new Map((await this.events.findByIds(report.eventIds)).map((e) => [e.id, e]));
    // Deleted events are left out; the report keeps its ids.
    return report.eventIds.flatMap((id) => (found.has(id) ? [toEventObject(found.get(id)!)] : []));
  }

  @ResolveField('comments', () => [CommentObject], { nullable: 'itemsAndList' })
  async reportedComments(@Context() ctx: GqlContext, @Parent() report: ReportObject): Promise<CommentObject[]> {
    if (!isModerator(ctx.viewer) || report.commentIds.length === 0) return [];
    const found = new Map((await this.comments.findByIds(report.commentIds)).map((c: Comment) => [c.id, c]));
    return report.commentIds.flatMap((id) => (found.has(id) ? [toCommentObject(found.get(id)!)] : []));
  }

  @ResolveField('notes', () => [ReportNoteObject], { nullable: 'itemsAndList' })
  async notes(@Context() ctx: GqlContext, @Parent() report: ReportObject): Promise<ReportNoteObject[]> {
    if (!isModerator(ctx.viewer) || !report.id) return [];
    const notes = await ctx.loaders.reportNotes.load(report.id);
    return (notes ?? []).map(ReportNoteObject.from);
  }
}

@Resolver(() => ReportNoteObject)
export class ReportNoteResolver {
  constructor(@Inject(ReportRepository) private readonly reports: ReportRepository) {}

  @ResolveField('moderator', () => ActorInterface, { nullable: true })
  async moderator(@Context() ctx: GqlContext, @Parent() note: ReportNoteObject): Promise<PersonObject | null> {
    return personObject(ctx, note.moderatorActorId);
  }

  @ResolveField('report', () => ReportObject, { nullable: true })
  async report(@Parent() note: ReportNoteObject): Promise<ReportObject | null> {
    const report = await this.reports.findById(note.reportId);
    return report ? ReportObject.from(report) : null;
  }
}

@Resolver(() => ActionLogObject)
export class ActionLogResolver {
  constructor(
    @Inject(ListActionLogs) private readonly listActionLogs: ListActionLogs,
    @Inject(ReportRepository) private readonly reports: ReportRepository,
    @Inject(EventRepository) private readonly events: EventRepository,
    @Inject(CommentRepository) private readonly comments: CommentRepository,
    @Inject(UserRepository) private readonly users: UserRepository,
  ) {}

  @Query(() => PaginatedActionLogListObject, { name: 'actionLogs', nullable: true, description: 'Get the list of action logs' })
  async actionLogs(
    @Context() ctx: GqlContext,
    @Args({ type: () => ActionLogsArgs }) args: ActionLogsArgs,
  ): Promise<PaginatedActionLogListObject> {
    const page = unwrap(await this.listActionLogs.execute({ userId: ctx.viewer?.userId ?? null, page: args.page, limit: args.limit }));
    return { total: page.total, elements: page.elements.map(ActionLogObject.from) };
  }

  @ResolveField('actor', () => ActorInterface, { nullable: true })
  async actor(@Context() ctx: GqlContext, @Parent() log: ActionLogObject): Promise<PersonObject | null> {
    return personObject(ctx, log.entry.moderatorActorId);
  }

  /** What the action was about, as it is now; null when it is gone (the entry's details remain). */
  @ResolveField('object', () => ActionLogObjectInterface, { nullable: true })
  async object(@Context() ctx: GqlContext, @Parent() log: ActionLogObject): Promise<ActionLogObjectInterface | null> {
    const id = log.entry.objectId;
    switch (log.entry.objectType) {
      case 'Report': {
        const report = await this.reports.findById(id);
        return report ? ReportObject.from(report) : null;
      }
      case 'ReportNote': {
        const note = await this.reports.findNote(id);
        return note ? ReportNoteObject.from(note) : null;
      }
      case 'Event': {
        const event = await this.events.findById(id);
        return event ? toEventObject(event) : null;
      }
      case 'Comment': {
        const comment = await this.comments.findById(id);
        return comment ? toCommentObject(comment) : null;
      }
      case 'Person':
        return personObject(ctx, id);
      case 'User': {
        const user = await this.users.findById(id);
        return user ? UserObject.from(user) : null;
      }
      default:
        return null;
    }
  }
}

@Resolver()
export class ModerationResolver {
  constructor(
    @Inject(SuspendProfile) private readonly suspend: SuspendProfile,
    @Inject(UnsuspendProfile) private readonly unsuspend: UnsuspendProfile,
  ) {}

  @Mutation(() => DeletedObjectObject, { name: 'suspendProfile', nullable: true, description: 'Suspend an actor' })
  async suspendProfile(@Context() ctx: GqlContext, @Args({ type: () => ProfileIdArgs }) args: ProfileIdArgs): Promise<DeletedObjectObject> {
    return unwrap(await this.suspend.execute({ userId: ctx.viewer?.userId ?? null, actorId: args.id }));
  }

  @Mutation(() => ActorInterface, { name: 'unsuspendProfile', nullable: true, description: 'Unsuspend an actor' })
  async unsuspendProfile(@Context() ctx: GqlContext, @Args({ type: () => ProfileIdArgs }) args: ProfileIdArgs): Promise<PersonObject> {
    return PersonObject.from(unwrap(await this.unsuspend.execute({ userId: ctx.viewer?.userId ?? null, actorId: args.id })));
  }
}
