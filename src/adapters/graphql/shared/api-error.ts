// Errors as the Mobilizon client reads them: `message`, `code`, `status_code` and `field` as
// top-level keys of each error (and in `extensions` for standard clients).
import { GraphQLError } from 'graphql';

export type ApiErrorCode =
  | 'unauthenticated'
  | 'unauthorized'
  | 'validation'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'query_too_complex'
  | 'internal'
  | LoginRefusal;

/** Why an email and password opened no session. The web client takes any 401 or 403 for an
 * expired access token: it refreshes and retries instead of showing the message, and its login
 * form stays frozen. These are answered 404, as Mobilizon answers a failed login. */
export type LoginRefusal = 'invalid_credentials' | 'account_not_confirmed' | 'account_disabled';

const STATUS: Record<ApiErrorCode, number> = {
  unauthenticated: 401,
  unauthorized: 403,
  invalid_credentials: 404,
  account_not_confirmed: 404,
  account_disabled: 404,
  validation: 422,
  // A request over the query limits (depth, aliases, cost…): refused before it runs.
  query_too_complex: 422,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, field?: string) {
    super(message, { extensions: { code, status_code: STATUS[code], ...(field ? { field } : {}) } });
  }

  static unauthenticated(message = 'You need to be logged in'): ApiError {
    return new ApiError('unauthenticated', message);
  }

  static unauthorized(message = 'You are not allowed to do this'): ApiError {
    return new ApiError('unauthorized', message);
  }

  static notFound(message: string): ApiError {
    return new ApiError('not_found', message);
  }
}

/** Several invalid fields at once: expanded into one error per field by `errorShapePlugin`. */
export class ValidationErrors extends GraphQLError {
  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '), {
      extensions: { code: 'validation', status_code: 422, fields },
    });
  }
}

export function validation(field: string, message: string): ValidationErrors {
  return new ValidationErrors([{ field, message }]);
}
