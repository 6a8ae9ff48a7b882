import type { AccountError } from '../../domain/accounts/index.js';

/** One line for each way an account command can be refused. */
export function accountErrorMessage(error: AccountError, email: string): string {
  switch (error.type) {
    case 'invalid-fields':
      return error.fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    case 'user-not-found':
      return `no account has the email ${email}`;
    case 'email-taken':
      return 'an account with this email already exists';
    case 'invalid-credentials':
      return 'invalid credentials';
    case 'account-not-confirmed':
      return 'the account is not confirmed';
    case 'account-disabled':
      return 'the account is disabled';
    case 'invalid-token':
      return 'invalid or expired token';
    case 'rate-limited':
      return 'too many attempts, try again later';
    case 'registrations-closed':
      return 'registrations are closed';
    case 'unauthorized':
      return 'not allowed';
    case 'identity-not-found':
      return 'identity not found';
  }
}
