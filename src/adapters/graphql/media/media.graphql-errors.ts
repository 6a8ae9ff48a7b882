import type { GraphQLError } from 'graphql';
import type { MediaError } from '../../../domain/media/index.js';
import { ApiError, ValidationErrors, validation } from '../shared/api-error.js';

export function mediaError(error: MediaError, field = 'file'): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    case 'file-too-large':
      return validation(field, `The file is too large (at most ${Math.floor(error.limit / 1024)} KiB)`);
    case 'unsupported-media-type':
      return validation(field, 'The file is not a supported image (JPEG, PNG, WebP, GIF or AVIF)');
    case 'rate-limited':
      return new ApiError('rate_limited', 'Too many uploads, please wait a minute and try again');
    case 'identity-not-found':
      return ApiError.notFound('Profile not found');
    case 'media-not-found':
      return ApiError.notFound('Media not found');
    default: {
      const unhandled: never = error;
      throw new Error(`unmapped media error ${JSON.stringify(unhandled)}`);
    }
  }
}
