import type { GraphQLError } from 'graphql';
import type { GeocodingError } from '../../../domain/geocoding/index.js';
import { ValidationErrors } from '../shared/api-error.js';

export function geocodingError(error: GeocodingError): GraphQLError {
  switch (error.type) {
    case 'invalid-fields':
      return new ValidationErrors(error.fields);
    default: {
      const unhandled: never = error.type;
      throw new Error(`unmapped geocoding error ${JSON.stringify(unhandled)}`);
    }
  }
}
