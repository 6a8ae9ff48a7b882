import type { GraphQLError } from 'graphql';
import type { CommentError } from '../../../domain/comments/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

export function commentError(error: CommentError): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'event-not-found':
      return ApiError.notFound('Event not found');
    case 'comment-not-found':
      return ApiError.notFound('Comment not found');
    case 'no-identity':
      return ApiError.unauthorized('You need a profile to do this');
    case 'identity-suspended':
      return ApiError.unauthorized('Your profile is suspended');
    case 'comments-closed':
      return ApiError.unauthorized('Comments are closed on this event: only its organizer may comment');
    case 'comments-moderated':
      return ApiError.unauthorized('Comments on this event are moderated: only its organizer may comment');
    case 'announcement-not-allowed':
      return new ApiError('unauthorized', 'Only the organizer of the event may post announcements', 'isAnnouncement');
    case 'not-allowed':
      return ApiError.unauthorized('You are not allowed to change this comment');
    case 'comment-deleted':
      return new ApiError('validation', 'This comment was deleted', 'commentId');
    case 'rate-limited':
      return new ApiError('rate_limited', 'Too many comments, please wait a minute');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped comment error ${JSON.stringify(unhandled)}`);
    }
  }
}
