export type AccountError =
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  | { type: 'invalid-credentials' }
  | { type: 'account-not-confirmed' }
  | { type: 'account-disabled' }
  | { type: 'invalid-token' }
  | { type: 'rate-limited' }
  | { type: 'registrations-closed' }
  | { type: 'user-not-found' }
  | { type: 'unauthorized' }
  | { type: 'identity-not-found' }
  | { type: 'email-taken' };

export const invalid = (field: string, message: string): AccountError => ({ type: 'invalid-fields', fields: [{ field, message }] });
