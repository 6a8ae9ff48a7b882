import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { FieldError } from './api-error.js';
import { QueryTooComplex } from './query-limits.js';

/** A variable of the wrong type names its field: `Variable "$email" got invalid value 123; …`. */
function variableName(message: string): string | undefined {
  return message.match(/^Variable "\$(\w+)"/)?.[1];
}

type Shaped = GraphQLFormattedError & { code?: unknown; status_code?: unknown; field?: unknown };

// Lifts code/status_code/field to the top level, splits multi-field validation errors, and hides
// internals of unexpected errors.
export function shapeError(error: GraphQLFormattedError): Shaped[] {
  const extensions = (error.extensions ?? {}) as Record<string, unknown>;
  const fields = extensions.fields as FieldError[] | undefined;
  if (fields) {
    return fields.map((f) => ({
      message: f.message,
      locations: error.locations,
      path: error.path,
      code: 'validation',
      status_code: 422,
      field: f.field,
      extensions: { code: 'validation', status_code: 422, field: f.field },
    }));
  }
  const known = typeof extensions.status_code === 'number';
  const apolloCode = extensions.code as string | undefined;
  // graphql-js stops parsing at the token limit (parseOptions.maxTokens; graphql 16 says "more that"):
  // a query limit like the others.
  const tokens = apolloCode === 'GRAPHQL_PARSE_FAILED' ? error.message.match(/Document contains more tha[nt] (\d+) tokens/) : null;
  if (tokens) {
    return [{ ...new QueryTooComplex('tokens', Number(tokens[1]), null).formatted(), locations: error.locations }];
  }
  if (!known) {
    // Errors of graphql-js itself (parse, validation, bad variables) are the client's fault.
    const clientError =
      apolloCode === 'GRAPHQL_PARSE_FAILED' || apolloCode === 'GRAPHQL_VALIDATION_FAILED' || apolloCode === 'BAD_USER_INPUT';
    const code = clientError ? 'validation' : 'internal';
    const status = clientError ? 422 : 500;
    const field = clientError ? variableName(error.message) : undefined;
    return [
      {
        message: clientError ? error.message : 'Internal server error',
        locations: error.locations,
        path: error.path,
        code,
        status_code: status,
        ...(field ? { field } : {}),
        extensions: { code, status_code: status, ...(field ? { field } : {}), ...(apolloCode ? { reason: apolloCode } : {}) },
      },
    ];
  }
  const { code, status_code } = extensions;
  const field = extensions.field ?? (code === 'validation' ? variableName(error.message) : undefined);
  return [{ ...error, code, status_code, ...(field ? { field } : {}), extensions: { ...extensions, ...(field ? { field } : {}) } }];
}

export const errorShapePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.flatMap(shapeError);
          // The contract is HTTP 200 with errors[] (clients read `status_code`); Apollo answers 400
          // for a document or variables it rejects, which the web client would take for a network failure.
          if (response.http.status === 400) response.http.status = 200;
        }
      },
    };
  },
};
