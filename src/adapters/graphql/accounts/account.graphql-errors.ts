import type { GraphQLError } from 'graphql';
import type { AccountError } from '../../../domain/accounts/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

export function accountError(error: AccountError): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'invalid-credentials':
      // One message for an unknown email and a wrong password.
      return new ApiError('unauthenticated', 'Impossible to authenticate, either your email or password are invalid.');
    case 'account-not-confirmed':
      return new ApiError('unauthorized', 'User account not confirmed');
    case 'account-disabled':
      return new ApiError('unauthorized', 'This user has been disabled');
    case 'invalid-token':
      return new ApiError('validation', 'The token is invalid or has expired', 'token');
    case 'rate-limited':
      return new ApiError('rate_limited', 'Too many attempts, please wait a minute and try again');
    case 'registrations-closed':
      return new ApiError('unauthorized', 'Registrations are not open on this instance');
    case 'user-not-found':
      return ApiError.notFound('User not found');
    case 'unauthorized':
      return ApiError.unauthorized();
    case 'identity-not-found':
      return ApiError.notFound('Profile not found');
    case 'email-taken':
      return new ApiError('conflict', 'This email is already used by another account', 'email');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped account error ${JSON.stringify(unhandled)}`);
    }
  }
}
