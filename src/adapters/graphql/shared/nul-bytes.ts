// A NUL byte (U+0000) in a string argument is refused before the operation runs (issue 12.5):
// PostgreSQL cannot store it in text, so it reached the database as an internal error. One check
// for every argument, variables and literals alike, naming the field it was found in.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { validation, type ValidationErrors } from './api-error.js';

const NUL = '\u0000';
function refusal(field: string): ValidationErrors {
  const error = validation(field, 'must not contain a NUL character');
  // Thrown before execution, Apollo would answer HTTP 500; the contract is 200 with errors[]
  // (errorShapePlugin rebuilds a field error's extensions, so `http` is not shown).
  Object.assign(error.extensions, { http: { status: 200 } });
  return error;
}

// Only plain JSON objects are walked: an upload in the variables is a stream, not input text.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The name of the innermost argument or input field holding a string with a NUL byte, if any. */
export function fieldWithNul(value: unknown, field: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? field : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fieldWithNul(item, field);
      if (found) return found;
    }
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = fieldWithNul(item, key);
      if (found) return found;
    }
  }
  return null;
}

function literalFieldWithNul(document: DocumentNode): string | null {
  let found: string | null = null;
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      if (!found && node.value.includes(NUL) && names.length > 0) found = names[names.length - 1];
    },
  });
  return found;
}

export const nulBytesPlugin: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const field = fieldWithNul(request.variables ?? {}, '') || literalFieldWithNul(document);
        if (field) throw refusal(field);
      },
    };
  },
};
