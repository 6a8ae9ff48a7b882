import type { GraphQLError } from 'graphql';
import type { AdministrationError } from '../../../domain/administration/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

export function administrationError(error: AdministrationError): GraphQLError {
  switch (error.type) {
    case 'unauthenticated':
      return ApiError.unauthenticated();
    case 'forbidden':
      return ApiError.unauthorized('You need a higher role on this instance to do this');
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'user-not-found':
      return ApiError.notFound('User not found');
    case 'email-taken':
      return new ApiError('conflict', 'This email is already used by another account', 'email');
    case 'no-identity':
      return new ApiError('validation', 'Create a profile first: administration actions are recorded under your profile');
    case 'own-role':
      return new ApiError('unauthorized', 'You cannot change your own role: ask another administrator', 'role');
    case 'media-not-found':
      return ApiError.notFound('Media not found');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped administration error ${JSON.stringify(unhandled)}`);
    }
  }
}
