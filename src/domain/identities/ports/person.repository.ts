import type { Person } from '../person.js';

export abstract class PersonRepository {
  abstract nextId(): Promise<string>;
  abstract findById(id: string): Promise<Person | null>;
  /** Several at once, in any order (list pages load their people in one query). */
  abstract findByIds(ids: string[]): Promise<Person[]>;
  abstract findLocalByUsername(username: string): Promise<Person | null>;
  /** A user's identities, oldest first. */
  abstract findByUser(userId: string): Promise<Person[]>;
  abstract usernameTaken(username: string): Promise<boolean>;
  /** Saves the person and its pending events (outbox) atomically; a concurrent claim of the same
   * username is reported as `false`. */
  abstract save(person: Person): Promise<boolean>;
  abstract delete(person: Person): Promise<void>;
}
