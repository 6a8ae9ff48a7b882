import type { GraphQLError } from 'graphql';
import type { IdentityError } from '../../../domain/identities/index.js';
import { ApiError, ValidationErrors, validation } from '../shared/api-error.js';

export function identityError(error: IdentityError): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'username-taken':
      return validation('preferredUsername', 'This username is already taken');
    case 'identity-not-found':
      return ApiError.notFound('Profile not found');
    case 'last-identity':
      return new ApiError('unauthorized', 'Cannot remove the last identity of a user');
    case 'user-not-found':
      return ApiError.notFound('No user with this email was found');
    case 'already-registered':
      return new ApiError('unauthorized', 'You already have a profile for this user');
    case 'media-not-found':
      return ApiError.notFound('Media not found');
    case 'unauthenticated':
      return ApiError.unauthenticated('Log in to create another profile');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped identity error ${JSON.stringify(unhandled)}`);
    }
  }
}
