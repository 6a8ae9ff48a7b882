import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { FieldError } from './api-error.js';

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
  if (!known) {
    const apolloCode = extensions.code as string | undefined;
    // Errors of graphql-js itself (parse, validation, bad variables) are the client's fault.
    const clientError = apolloCode === 'GRAPHQL_PARSE_FAILED' || apolloCode === 'GRAPHQL_VALIDATION_FAILED' || apolloCode === 'BAD_USER_INPUT';
    const code = clientError ? 'validation' : 'internal';
    const status = clientError ? 422 : 500;
    return [
      {
        message: clientError ? error.message : 'Internal server error',
        locations: error.locations,
        path: error.path,
        code,
        status_code: status,
        extensions: { code, status_code: status, ...(apolloCode ? { reason: apolloCode } : {}) },
      },
    ];
  }
  const { code, status_code, field } = extensions;
  return [{ ...error, code, status_code, ...(field ? { field } : {}) }];
}

export const errorShapePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.flatMap(shapeError);
        }
      },
    };
  },
};
