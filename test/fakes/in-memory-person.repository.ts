import { Person, PersonRepository, type PersonDomainEvent } from '../../src/domain/identities/index.js';
import type { RecordedEvent } from '../../src/domain/shared/index.js';

export class InMemoryPersonRepository extends PersonRepository {
  readonly rows = new Map<string, Person>();
  readonly retired = new Set<string>();
  readonly outbox: RecordedEvent<PersonDomainEvent>[] = [];
  private seq = 100;

  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async findById(id: string): Promise<Person | null> {
    const found = this.rows.get(id);
    return found ? Person.restore(found.snapshot()) : null;
  }
  async findByIds(ids: string[]): Promise<Person[]> {
    return ids
      .map((id) => this.rows.get(id))
      .filter((p): p is Person => p !== undefined)
      .map((p) => Person.restore(p.snapshot()));
  }
  async findLocalByUsername(username: string): Promise<Person | null> {
    const found = [...this.rows.values()].find((p) => p.isLocal && p.preferredUsername === username);
    return found ? Person.restore(found.snapshot()) : null;
  }
  async findByUser(userId: string): Promise<Person[]> {
    return [...this.rows.values()].filter((p) => p.userId === userId).map((p) => Person.restore(p.snapshot()));
  }
  async usernameTaken(username: string): Promise<boolean> {
    return this.retired.has(username) || [...this.rows.values()].some((p) => p.isLocal && p.preferredUsername === username);
  }
  async save(person: Person): Promise<boolean> {
    const clash = [...this.rows.values()].find((p) => p.preferredUsername === person.preferredUsername && p.id !== person.id);
    if (clash) return false;
    this.rows.set(person.id, Person.restore(person.snapshot()));
    this.outbox.push(...person.pullEvents());
    return true;
  }
  async delete(person: Person): Promise<void> {
    this.retired.add(person.preferredUsername);
    this.rows.delete(person.id);
    this.outbox.push(...person.pullEvents());
  }
}
