import { RecordedEvents } from '../shared/index.js';
import type { PersonDomainEvent } from './person.domain-events.js';

export interface PersonState {
  id: string;
  /** null for remote persons. */
  userId: string | null;
  preferredUsername: string;
  /** null when local. */
  domain: string | null;
  name: string;
  summary: string;
  avatarId: string | null;
  bannerId: string | null;
  suspended: boolean;
  manuallyApprovesFollowers: boolean;
  url: string;
  createdAt: Date;
}

const USERNAME = /^[a-z0-9_]+$/;
export const LIMITS = { username: 64, name: 200, summary: 5000 };

/**
 * Names of the instance's own actors, which no identity may take (issue 12.5): `relay`, the
 * instance actor federation signs fetches and follows relays with (Mobilizon's name for it), and
 * `anonymous`, the actor anonymous participants join as. Local groups will share this namespace.
 */
export const RESERVED_USERNAMES: readonly string[] = ['relay', 'anonymous'];

export function usernameProblem(username: string): string | null {
  if (username.length === 0) return 'Username is required';
  if (username.length > LIMITS.username) return `Username must be at most ${LIMITS.username} characters`;
  if (!USERNAME.test(username)) return 'Username may only contain lowercase letters, digits and underscores';
  if (RESERVED_USERNAMES.includes(username)) return `The username ${username} is reserved for the instance`;
  return null;
}

export function profileProblems(input: { name?: string | null; summary?: string | null }): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (input.name != null && input.name.length > LIMITS.name)
    problems.push({ field: 'name', message: `Name must be at most ${LIMITS.name} characters` });
  if (input.summary != null && input.summary.length > LIMITS.summary)
    problems.push({ field: 'summary', message: `Summary must be at most ${LIMITS.summary} characters` });
  return problems;
}

/** Private fields of an identity (its account, sizes, tokens) are for its own account and the
 * instance's moderators, nobody else. */
export function mayReadPrivateFields(ownerUserId: string | null, viewer: { userId: string; isModerator: boolean } | null): boolean {
  return viewer !== null && ((ownerUserId !== null && ownerUserId === viewer.userId) || viewer.isModerator);
}

/** An identity: what others see. Nothing here may link two identities of one account. */
export class Person {
  private readonly recorded = new RecordedEvents<PersonDomainEvent>();

  private constructor(private state: PersonState) {}

  static createLocal(
    input: {
      id: string;
      userId: string;
      preferredUsername: string;
      name: string;
      summary: string;
      avatarId: string | null;
      bannerId: string | null;
      baseUrl: string;
    },
    now: Date,
  ): Person {
    const person = new Person({
      id: input.id,
      userId: input.userId,
      preferredUsername: input.preferredUsername,
      domain: null,
      name: input.name,
      summary: input.summary,
      avatarId: input.avatarId,
      bannerId: input.bannerId,
      suspended: false,
      manuallyApprovesFollowers: false,
      url: `${input.baseUrl}/@${input.preferredUsername}`,
      createdAt: now,
    });
    person.recorded.record('person.created', { personId: input.id }, now);
    return person;
  }

  static restore(state: PersonState): Person {
    return new Person({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get userId(): string | null {
    return this.state.userId;
  }
  get preferredUsername(): string {
    return this.state.preferredUsername;
  }
  get isLocal(): boolean {
    return this.state.domain === null;
  }
  get avatarId(): string | null {
    return this.state.avatarId;
  }
  get bannerId(): string | null {
    return this.state.bannerId;
  }

  snapshot(): Readonly<PersonState> {
    return { ...this.state };
  }

  isOwnedBy(userId: string): boolean {
    return this.state.userId !== null && this.state.userId === userId;
  }

  pullEvents() {
    return this.recorded.pull();
  }

  update(changes: { name?: string | null; summary?: string | null; avatarId?: string | null; bannerId?: string | null }, now: Date): void {
    if (changes.name != null) this.state.name = changes.name;
    if (changes.summary != null) this.state.summary = changes.summary;
    if (changes.avatarId !== undefined) this.state.avatarId = changes.avatarId;
    if (changes.bannerId !== undefined) this.state.bannerId = changes.bannerId;
    this.recorded.record('person.updated', { personId: this.id }, now);
  }

  /** Suspended by a moderator: it can no longer act, and its events and pages are gone for the public. */
  get isSuspended(): boolean {
    return this.state.suspended;
  }

  /** By a moderator: the identity can no longer act. false when it already was suspended. */
  suspend(now: Date): boolean {
    if (this.state.suspended) return false;
    this.state.suspended = true;
    this.recorded.record('person.suspended', { personId: this.id, suspendedAt: now.toISOString() }, now);
    return true;
  }

  unsuspend(now: Date): boolean {
    if (!this.state.suspended) return false;
    this.state.suspended = false;
    this.recorded.record('person.unsuspended', { personId: this.id }, now);
    return true;
  }

  markDeleted(now: Date): void {
    this.recorded.record('person.deleted', { personId: this.id, url: this.state.url }, now);
  }
}
