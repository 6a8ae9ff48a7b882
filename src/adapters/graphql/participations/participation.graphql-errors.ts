import type { GraphQLError } from 'graphql';
import type { ParticipationError } from '../../../domain/participations/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

/** Messages follow Mobilizon's where the client shows them as they are. */
export function participationError(error: ParticipationError): GraphQLError {
  switch (error.type) {
    case 'unauthenticated':
      return ApiError.unauthenticated();
    case 'event-not-found':
      return ApiError.notFound('Event not found');
    case 'identity-not-found':
      return new ApiError('unauthorized', 'Profile is not owned by authenticated user', 'actorId');
    case 'participation-not-found':
      return ApiError.notFound('Participant not found');
    case 'event-draft':
      return new ApiError('unauthorized', 'A draft event cannot be joined: publish it first');
    case 'event-cancelled':
      return new ApiError('unauthorized', 'This event is cancelled');
    case 'event-not-joinable':
      return new ApiError('unauthorized', 'This event does not take participations here');
    case 'event-full':
      return new ApiError('conflict', 'The event has already reached its maximum capacity');
    case 'already-participant':
      return new ApiError('conflict', 'You are already a participant of this event');
    case 'not-participant':
      return ApiError.notFound('Participant not found');
    case 'only-creator':
      return new ApiError('unauthorized', "You can't leave event because you're the only event creator participant");
    case 'not-organizer':
      return ApiError.unauthorized('Only the organizers of this event may do this');
    case 'invalid-role':
      return new ApiError('validation', 'An organizer may only set PARTICIPANT, REJECTED or NOT_APPROVED', 'role');
    case 'invalid-transition':
      return new ApiError('validation', `A ${error.from} participation cannot become ${error.to}`, 'role');
    case 'anonymous-not-allowed':
      return new ApiError('unauthorized', 'Anonymous participation is not enabled for this event');
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'invalid-token':
      return ApiError.notFound('This token is invalid, used or expired');
    case 'conflict':
      return new ApiError('conflict', 'The participation changed meanwhile: reload and try again');
    case 'rate-limited':
      return new ApiError('rate_limited', 'Too many participations with this email address, please wait');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped participation error ${JSON.stringify(unhandled)}`);
    }
  }
}
