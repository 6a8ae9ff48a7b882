/** What an identity records; names are job names. */
export type PersonDomainEvent =
  | { name: 'person.created'; payload: { personId: string } }
  | { name: 'person.updated'; payload: { personId: string } }
  /** By a moderator; `suspendedAt` (ISO) keys the emails it causes. */
  | { name: 'person.suspended'; payload: { personId: string; suspendedAt: string } }
  | { name: 'person.unsuspended'; payload: { personId: string } }
  | { name: 'person.deleted'; payload: { personId: string; url: string } };
