import type { GraphQLError } from 'graphql';
import type { ReportError } from '../../../domain/reports/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

export function reportError(error: ReportError): GraphQLError {
  switch (error.type) {
    case 'unauthenticated':
      return ApiError.unauthenticated();
    case 'unauthorized':
      return ApiError.unauthorized();
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'report-not-found':
      return ApiError.notFound('Report not found');
    case 'note-not-found':
      return ApiError.notFound('Note not found');
    case 'profile-not-found':
      return ApiError.notFound('Profile not found');
    case 'identity-not-found':
      return new ApiError('unauthorized', 'You have no profile that may do this (none, or suspended)');
    case 'anonymous-reports-disabled':
      return ApiError.unauthenticated('Anonymous reports are not allowed on this instance: log in to report');
    case 'cannot-suspend-self':
      return new ApiError('validation', 'You cannot suspend one of your own profiles', 'id');
    case 'staff-profile':
      return ApiError.unauthorized("Only an administrator may suspend or unsuspend a moderator's or administrator's profile");
    case 'rate-limited':
      return new ApiError('rate_limited', 'Too many reports, please wait a minute');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped report error ${JSON.stringify(unhandled)}`);
    }
  }
}
