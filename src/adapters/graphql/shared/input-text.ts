// Every string argument, variables and literals alike, is checked before the operation runs, and
// a refusal names the field it was found in (issue 12.5):
// - a NUL byte (U+0000): PostgreSQL cannot store it in text, so it reached the database as an
//   internal error;
// - a string longer than the longest any field accepts (an event's description): it would
//   otherwise be hashed, searched or compared before the domain's own limit of that field, or
//   not limited at all (instance terms, a login's password), bounded only by the body size.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { COMMENT_LIMITS } from '../../../domain/comments/index.js';
import { EVENT_LIMITS } from '../../../domain/events/index.js';
import { ValidationErrors } from './api-error.js';

/** The longest text any field accepts; each field's own limit is its domain's. */
export const MAX_INPUT_TEXT = Math.max(EVENT_LIMITS.description, COMMENT_LIMITS.text);

const NUL = '\u0000';

interface Refusal {
  field: string;
  message: string;
}

function refusal(found: Refusal[]): ValidationErrors {
  const error = new ValidationErrors(found);
  // Thrown before execution, Apollo would answer HTTP 500; the contract is 200 with errors[]
  // (errorShapePlugin rebuilds a field error's extensions, so `http` is not shown).
  Object.assign(error.extensions, { http: { status: 200 } });
  return error;
}

function problemOf(text: string, field: string, maxLength: number): Refusal | null {
  if (text.includes(NUL)) return { field, message: 'must not contain a NUL character' };
  if (text.length > maxLength) return { field, message: `must be at most ${maxLength} characters` };
  return null;
}

// Only plain JSON objects are walked: an upload in the variables is a stream, not input text.
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Each refused string in a value, named by its innermost argument or input field. */
export function refusedTexts(value: unknown, field: string, maxLength: number, found: Refusal[] = []): Refusal[] {
  if (typeof value === 'string') {
    const problem = problemOf(value, field, maxLength);
    if (problem) found.push(problem);
  } else if (Array.isArray(value)) {
    for (const item of value) refusedTexts(item, field, maxLength, found);
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) refusedTexts(item, key, maxLength, found);
  }
  return found;
}

function refusedLiterals(document: DocumentNode, maxLength: number, found: Refusal[]): Refusal[] {
  const names: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    StringValue(node) {
      const problem = names.length > 0 ? problemOf(node.value, names[names.length - 1], maxLength) : null;
      if (problem) found.push(problem);
    },
  });
  return found;
}

/** Refuses NUL bytes and strings above `maxLength` characters in any argument. */
export function inputTextPlugin(maxLength: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const found = refusedLiterals(document, maxLength, refusedTexts(request.variables ?? {}, '', maxLength));
          if (found.length > 0) throw refusal(found);
        },
      };
    },
  };
}
