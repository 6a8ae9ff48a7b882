import type { GraphQLError } from 'graphql';
import type { Result } from '../../../domain/shared/index.js';

/** A use case's value, or its error mapped by the module's exhaustive error mapper and thrown. */
export function unwrapWith<E>(toGraphql: (error: E) => GraphQLError) {
  return <T>(result: Result<T, E>): T => {
    if (!result.ok) throw toGraphql(result.error);
    return result.value;
  };
}
