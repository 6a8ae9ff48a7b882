import type { GraphQLError } from 'graphql';
import type { EventError } from '../../../domain/events/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

export function eventError(error: EventError): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'event-not-found':
      return ApiError.notFound('Event not found');
    case 'identity-not-found':
      return new ApiError('unauthorized', 'Organizer profile not found or not yours', 'organizerActorId');
    case 'not-organizer':
      return ApiError.unauthorized('You are not the organizer of this event');
    case 'cannot-unpublish':
      return new ApiError('validation', 'A published event cannot go back to draft', 'draft');
    case 'rate-limited':
      return new ApiError('rate_limited', 'Too many events created, please wait a minute');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped event error ${JSON.stringify(unhandled)}`);
    }
  }
}
