import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/** Expected errors (401, 403, 404, 422…) are answers to the client, not server faults: they go
 * back untouched and unlogged; anything else reaches Apollo, which logs and hides it. */
@Catch(GraphQLError)
export class GraphqlErrorFilter implements GqlExceptionFilter {
  catch(error: GraphQLError, _host: ArgumentsHost): GraphQLError {
    return error;
  }
}
