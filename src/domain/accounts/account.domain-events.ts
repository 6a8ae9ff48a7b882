// Job names of the accounts module; payloads carry ids, never secrets: handlers reload state and
// issue their own one-time tokens.
export type AccountDomainEvent =
  | { name: 'user.registered'; payload: { userId: string } }
  | { name: 'user.registration-attempted'; payload: { userId: string } }
  | { name: 'user.confirmation-requested'; payload: { userId: string } }
  | { name: 'user.confirmed'; payload: { userId: string } }
  | { name: 'user.password-reset-requested'; payload: { userId: string } }
  | { name: 'user.password-changed'; payload: { userId: string } }
  | { name: 'user.email-change-requested'; payload: { userId: string; oldEmail: string; newEmail: string } }
  | { name: 'user.email-changed'; payload: { userId: string; oldEmail: string; newEmail: string } }
  | { name: 'user.deleted'; payload: { userId: string; email: string; locale: string } }
  // Changes an administrator made, announced to the user (adminUpdateUser with notify).
  | { name: 'user.role-changed'; payload: { userId: string; role: string } }
  | { name: 'user.confirmed-by-admin'; payload: { userId: string } }
  | { name: 'user.email-changed-by-admin'; payload: { userId: string; oldEmail: string; newEmail: string } };

export type AccountEventName = AccountDomainEvent['name'];
