import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode, type GraphQLFormattedError, type SourceLocation, type ValueNode } from 'graphql';
import type { FieldError } from './api-error.js';
import { QueryTooComplex } from './query-limits.js';

/** A variable of the wrong type names its field: `Variable "$email" got invalid value 123; …`. */
function variableName(message: string): string | undefined {
  return message.match(/^Variable "\$(\w+)"/)?.[1];
}

const startsAt = (value: ValueNode, at: SourceLocation) =>
  value.loc?.startToken.line === at.line && value.loc.startToken.column === at.column;

/** The argument or input field whose literal value starts where a validation error points. */
export function literalField(document: DocumentNode, at: SourceLocation): string | undefined {
  let field: string | undefined;
  visit(document, {
    Argument: (node) => void (startsAt(node.value, at) && (field = node.name.value)),
    ObjectField: (node) => void (startsAt(node.value, at) && (field = node.name.value)),
  });
  return field;
}

type Shaped = GraphQLFormattedError & { code?: unknown; status_code?: unknown; field?: unknown };

// Lifts code/status_code/field to the top level, splits multi-field validation errors, and hides
// internals of unexpected errors.
export function shapeError(error: GraphQLFormattedError, document?: DocumentNode): Shaped[] {
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
  // A value refused by a scalar names its variable, or (a literal) points at its value in the document.
  const refusedField = () =>
    variableName(error.message) ?? (document && error.locations?.length === 1 ? literalField(document, error.locations[0]) : undefined);
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
    const field = clientError ? refusedField() : undefined;
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
  // Apollo tags a scalar's refusal of a literal GRAPHQL_VALIDATION_FAILED over the scalar's own code.
  const code = apolloCode === 'GRAPHQL_VALIDATION_FAILED' && extensions.status_code === 422 ? 'validation' : extensions.code;
  const { status_code } = extensions;
  const field = extensions.field ?? (code === 'validation' ? refusedField() : undefined);
  return [{ ...error, code, status_code, ...(field ? { field } : {}), extensions: { ...extensions, code, ...(field ? { field } : {}) } }];
}

export const errorShapePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, document }) {
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.flatMap((e) => shapeError(e, document));
          // The contract is HTTP 200 with errors[] (clients read `status_code`); Apollo answers 400
          // for a document or variables it rejects, which the web client would take for a network failure.
          if (response.http.status === 400) response.http.status = 200;
        }
      },
    };
  },
};
