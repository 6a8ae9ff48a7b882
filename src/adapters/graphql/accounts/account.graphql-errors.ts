import type { GraphQLError } from 'graphql';
import type { AccountError } from '../../../domain/accounts/index.js';
import { ApiError, ValidationErrors } from '../shared/api-error.js';

export function accountError(error: AccountError): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'invalid-credentials':
      // One answer for an unknown email and a wrong password.
      return new ApiError('invalid_credentials', 'Impossible to authenticate, either your email or password are invalid.');
    case 'account-not-confirmed':
      // Only someone who typed the password learns this (see LogIn).
      return new ApiError('account_not_confirmed', 'User account not confirmed');
    case 'account-disabled':
      // Also answered on the anonymous pages of confirmation and password reset: never a 403 there either.
      return new ApiError('account_disabled', 'This user has been disabled');
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
