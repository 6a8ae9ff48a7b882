import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CreateComment, DeleteComment, UpdateComment, ViewComments } from '../../../domain/comments/index.js';
import { EventObject } from '../events/event.graphql.js';
import { toEventObject } from '../events/event.mapping.js';
import { PersonObject } from '../identities/person.graphql.js';
import { requireViewer, type GqlContext } from '../shared/context.js';
import { unwrapWith } from '../shared/unwrap.js';
import { commentError } from './comment.graphql-errors.js';
import { CommentObject, CreateCommentArgs, DeleteCommentArgs, ThreadArgs, UpdateCommentArgs } from './comment.graphql.js';
import { toCommentObject } from './comment.mapping.js';

const unwrap = unwrapWith(commentError);

@Resolver(() => CommentObject)
export class CommentResolver {
  constructor(
    @Inject(CreateComment) private readonly createCommentUseCase: CreateComment,
    @Inject(UpdateComment) private readonly updateCommentUseCase: UpdateComment,
    @Inject(DeleteComment) private readonly deleteCommentUseCase: DeleteComment,
    @Inject(ViewComments) private readonly viewComments: ViewComments,
  ) {}

  @Query(() => [CommentObject], { name: 'thread', nullable: 'itemsAndList', description: 'Get replies for thread' })
  async thread(@Context() ctx: GqlContext, @Args({ type: () => ThreadArgs }) args: ThreadArgs): Promise<CommentObject[]> {
    return unwrap(await this.viewComments.thread({ userId: ctx.viewer?.userId ?? null, commentId: args.id })).map(toCommentObject);
  }

  @Mutation(() => CommentObject, { name: 'createComment', nullable: true, description: 'Create a comment' })
  async createComment(
    @Context() ctx: GqlContext,
    @Args({ type: () => CreateCommentArgs }) args: CreateCommentArgs,
  ): Promise<CommentObject> {
    const viewer = requireViewer(ctx);
    const comment = unwrap(
      await this.createCommentUseCase.execute({
        userId: viewer.userId,
        eventId: args.eventId,
        text: args.text,
        inReplyToCommentId: args.inReplyToCommentId ?? null,
        isAnnouncement: args.isAnnouncement ?? false,
        language: args.language ?? 'und',
      }),
    );
    return toCommentObject(comment);
  }

  @Mutation(() => CommentObject, { name: 'updateComment', nullable: true, description: 'Update a comment' })
  async updateComment(
    @Context() ctx: GqlContext,
    @Args({ type: () => UpdateCommentArgs }) args: UpdateCommentArgs,
  ): Promise<CommentObject> {
    const viewer = requireViewer(ctx);
    const comment = unwrap(
      await this.updateCommentUseCase.execute({
        userId: viewer.userId,
        commentId: args.commentId,
        text: args.text,
        isAnnouncement: args.isAnnouncement ?? null,
        // The schema defaults language to "und": that default means "unchanged" here.
        language: args.language && args.language !== 'und' ? args.language : null,
      }),
    );
    return toCommentObject(comment);
  }

  @Mutation(() => CommentObject, { name: 'deleteComment', nullable: true, description: 'Delete a single comment' })
  async deleteComment(
    @Context() ctx: GqlContext,
    @Args({ type: () => DeleteCommentArgs }) args: DeleteCommentArgs,
  ): Promise<CommentObject> {
    const viewer = requireViewer(ctx);
    return toCommentObject(unwrap(await this.deleteCommentUseCase.execute({ userId: viewer.userId, commentId: args.commentId })));
  }

  // Relations, batched per request (see loaders.ts). The comment itself was reached through a
  // checked path (its event, its thread, a mutation), so its relations need no further check.

  @ResolveField('actor', () => PersonObject, { nullable: true, description: "The comment's author" })
  async actor(@Context() ctx: GqlContext, @Parent() comment: CommentObject): Promise<PersonObject | null> {
    const person = await ctx.loaders.persons.load(comment.actorId);
    return person ? PersonObject.from(person) : null;
  }

  @ResolveField('event', () => EventObject, { nullable: true, description: 'The eventual event this comment is under' })
  async event(@Context() ctx: GqlContext, @Parent() comment: CommentObject): Promise<EventObject | null> {
    const event = await ctx.loaders.events.load(comment.eventId);
    return event ? toEventObject(event) : null;
  }

  @ResolveField('inReplyToComment', () => CommentObject, { nullable: true, description: 'The comment this comment directly replies to' })
  async inReplyToComment(@Context() ctx: GqlContext, @Parent() comment: CommentObject): Promise<CommentObject | null> {
    return comment.inReplyToId ? this.loadComment(ctx, comment.inReplyToId) : null;
  }

  @ResolveField('originComment', () => CommentObject, {
    nullable: true,
    description: 'The original comment that started the thread this comment is in',
  })
  async originComment(@Context() ctx: GqlContext, @Parent() comment: CommentObject): Promise<CommentObject | null> {
    return comment.originId ? this.loadComment(ctx, comment.originId) : null;
  }

  /** As in Mobilizon, the replies of a thread hang off its first comment (threads are one level deep). */
  @ResolveField('replies', () => [CommentObject], { nullable: 'itemsAndList' })
  async replies(@Context() ctx: GqlContext, @Parent() comment: CommentObject): Promise<CommentObject[]> {
    if (!comment.id || comment.originId) return [];
    const replies = await ctx.loaders.commentReplies.load(comment.id);
    return (replies ?? []).map(toCommentObject);
  }

  @ResolveField('totalReplies', () => Int, { nullable: true, description: 'The number of total known replies to this comment' })
  async totalReplies(@Context() ctx: GqlContext, @Parent() comment: CommentObject): Promise<number> {
    if (!comment.id || comment.originId) return 0;
    return (await ctx.loaders.commentReplyCounts.load(comment.id)) ?? 0;
  }

  private async loadComment(ctx: GqlContext, id: string): Promise<CommentObject | null> {
    const found = await ctx.loaders.comments.load(id);
    return found ? toCommentObject(found) : null;
  }
}

/** `Event.comments`: the threads under an event, for whoever may see the event. */
@Resolver(() => EventObject)
export class EventCommentsResolver {
  constructor(@Inject(ViewComments) private readonly viewComments: ViewComments) {}

  @ResolveField('comments', () => [CommentObject], { nullable: 'itemsAndList', description: 'The comments in reply to the event' })
  async comments(@Context() ctx: GqlContext, @Parent() event: EventObject): Promise<CommentObject[]> {
    if (!event.id) return [];
    return unwrap(await this.viewComments.ofEvent({ userId: ctx.viewer?.userId ?? null, eventId: event.id })).map(toCommentObject);
  }
}
