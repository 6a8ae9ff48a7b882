import type { Page, PageRequest } from '../../shared/index.js';
import type { User } from '../user.js';

export interface UserFilter {
  /** Substring of the email. */
  email?: string | null;
  currentSignInIp?: string | null;
  direction: 'ASC' | 'DESC';
}

export abstract class UserRepository {
  abstract nextId(): Promise<string>;
  abstract findById(id: string): Promise<User | null>;
  abstract findByEmail(email: string): Promise<User | null>;
  /** Inserts or updates the user and appends its pending domain events to the outbox, atomically. */
  abstract save(user: User): Promise<void>;
  /** Removes the account with its identities, tokens and sessions; appends the events atomically. */
  abstract delete(user: User): Promise<void>;
  abstract count(): Promise<number>;
  abstract list(filter: UserFilter, page: PageRequest): Promise<Page<User>>;
}
