import type { Comment } from '../../../domain/comments/index.js';
import { CommentObject } from './comment.graphql.js';

export function toCommentObject(comment: Comment): CommentObject {
  const s = comment.snapshot();
  return Object.assign(new CommentObject(), {
    id: s.id,
    uuid: s.uuid,
    url: s.url,
    local: true,
    visibility: s.visibility,
    text: s.text,
    primaryLanguage: s.language,
    threadLanguages: [s.language],
    attributedTo: null,
    insertedAt: s.createdAt,
    updatedAt: s.updatedAt,
    deletedAt: s.deletedAt,
    publishedAt: s.publishedAt,
    isAnnouncement: s.isAnnouncement,
    language: s.language,
    eventId: s.eventId,
    actorId: s.actorId,
    inReplyToId: s.inReplyToId,
    originId: s.originId,
  });
}
