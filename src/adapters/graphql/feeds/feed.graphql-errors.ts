import type { GraphQLError } from 'graphql';
import type { FeedError } from '../../../domain/feeds/index.js';
import { ApiError } from '../shared/api-error.js';

export function feedError(error: FeedError): GraphQLError {
  switch (error.type) {
    case 'identity-not-found':
      return ApiError.unauthorized('This profile does not exist or is not yours');
    case 'feed-token-not-found':
      return ApiError.notFound('Feed token not found');
    case 'too-many-feed-tokens':
      return new ApiError('validation', `An account has at most ${error.max} feed tokens: delete one first`);
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped feed error ${JSON.stringify(unhandled)}`);
    }
  }
}
