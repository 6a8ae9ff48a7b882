// GraphQL shapes of Mobilizon's comments (Comment, CommentVisibility) and the arguments of the
// comment queries and mutations. Relations (actor, event, replies, inReplyToComment,
// originComment, totalReplies) are declared by the resolver's field resolvers; `conversation` is
// left out until private messages exist.
import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ActorInterface } from '../identities/person.graphql.js';
import { ActionLogObjectInterface, ActivityObjectInterface, UuidScalar } from '../shared/common-types.js';

const opt = { nullable: true } as const;

export enum CommentVisibilityEnum {
  PUBLIC = 'PUBLIC',
  UNLISTED = 'UNLISTED',
  PRIVATE = 'PRIVATE',
  MODERATED = 'MODERATED',
  INVITE = 'INVITE',
}
registerEnumType(CommentVisibilityEnum, {
  name: 'CommentVisibility',
  description: 'The list of visibility options for a comment',
  valuesMap: {
    PUBLIC: { description: 'Publicly listed and federated. Can be shared.' },
    UNLISTED: { description: 'Visible only to people with the link - or invited' },
    PRIVATE: { description: 'Visible only to people members of the group or followers of the person' },
    MODERATED: { description: 'Visible only after a moderator accepted' },
    INVITE: { description: 'visible only to people invited' },
  },
});

@ObjectType('Comment', { description: 'A comment', implements: () => [ActionLogObjectInterface, ActivityObjectInterface] })
export class CommentObject {
  @Field(() => ID, { ...opt, description: 'Internal ID for this comment' }) id: string | null;
  @Field(() => UuidScalar, { ...opt, description: 'An UUID for this comment' }) uuid: string | null;
  @Field(() => String, { ...opt, description: 'Comment URL' }) url: string | null;
  @Field(() => Boolean, { ...opt, description: 'Whether this comment is local or not' }) local: boolean | null;
  @Field(() => CommentVisibilityEnum, { ...opt, description: 'The visibility for the comment' }) visibility:
    `${CommentVisibilityEnum}` | null;
  @Field(() => String, { ...opt, description: 'The comment body (HTML, sanitized; empty once deleted)' }) text: string | null;
  @Field(() => String, { ...opt, description: "The comment's primary language" }) primaryLanguage: string | null;
  @Field(() => [String], { nullable: 'items', description: 'The thread languages' }) threadLanguages: (string | null)[];
  @Field(() => ActorInterface, { ...opt, description: "The comment's attributed to actor" }) attributedTo: ActorInterface | null;
  @Field(() => Date, { ...opt, description: 'When was the comment inserted in database' }) insertedAt: Date | null;
  @Field(() => Date, { ...opt, description: 'When was the comment updated' }) updatedAt: Date | null;
  @Field(() => Date, { ...opt, description: 'When was the comment deleted' }) deletedAt: Date | null;
  @Field(() => Date, { ...opt, description: 'When was the comment published' }) publishedAt: Date | null;
  @Field(() => Boolean, { description: 'Whether this comment needs to be announced to participants' }) isAnnouncement: boolean;
  @Field(() => String, { ...opt, description: 'The comment language' }) language: string | null;

  /** Not in the schema: ids the field resolvers load. */
  eventId: string;
  actorId: string;
  inReplyToId: string | null;
  originId: string | null;
}

/** `createComment(text, eventId, inReplyToCommentId, language = "und", isAnnouncement)`. */
@ArgsType()
export class CreateCommentArgs {
  @Field(() => String) text: string;
  @Field(() => ID) eventId: string;
  @Field(() => ID, opt) inReplyToCommentId?: string | null;
  @Field(() => String, { ...opt, defaultValue: 'und' }) language: string | null;
  @Field(() => Boolean, opt) isAnnouncement?: boolean | null;
}

/** `updateComment(text, commentId, language = "und", isAnnouncement)`. */
@ArgsType()
export class UpdateCommentArgs {
  @Field(() => String) text: string;
  @Field(() => ID) commentId: string;
  @Field(() => String, { ...opt, defaultValue: 'und' }) language: string | null;
  @Field(() => Boolean, opt) isAnnouncement?: boolean | null;
}

/** `deleteComment(commentId: ID!)`. */
@ArgsType()
export class DeleteCommentArgs {
  @Field(() => ID) commentId: string;
}

/** `thread(id: ID!)`. */
@ArgsType()
export class ThreadArgs {
  @Field(() => ID) id: string;
}
