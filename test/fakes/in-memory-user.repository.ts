import { User, UserRepository, type UserFilter, type AccountDomainEvent } from '../../src/domain/accounts/index.js';
import type { Page, PageRequest, RecordedEvent } from '../../src/domain/shared/index.js';

/** Users kept in a Map, copied in and out as the database would; `outbox` collects saved events. */
export class InMemoryUserRepository extends UserRepository {
  readonly rows = new Map<string, User>();
  readonly outbox: RecordedEvent<AccountDomainEvent>[] = [];
  private seq = 0;

  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async findById(id: string): Promise<User | null> {
    const found = this.rows.get(id);
    return found ? User.restore(found.snapshot()) : null;
  }
  async findByEmail(email: string): Promise<User | null> {
    const found = [...this.rows.values()].find((u) => u.email === email);
    return found ? User.restore(found.snapshot()) : null;
  }
  async save(user: User): Promise<void> {
    const other = [...this.rows.values()].find((u) => u.email === user.email && u.id !== user.id);
    if (other) throw new Error(`unique violation: users.email ${user.email}`); // as the database's unique index
    this.rows.set(user.id, User.restore(user.snapshot()));
    this.outbox.push(...user.pullEvents());
  }
  async delete(user: User): Promise<void> {
    this.rows.delete(user.id);
    this.outbox.push(...user.pullEvents());
  }
  async count(): Promise<number> {
    return this.rows.size;
  }
  async list(filter: UserFilter, page: PageRequest): Promise<Page<User>> {
    const matching = [...this.rows.values()]
      .filter((u) => !filter.email || u.email.includes(filter.email))
      .filter((u) => !filter.currentSignInIp || u.snapshot().currentSignInIp === filter.currentSignInIp)
      .sort(
        (a, b) =>
          (filter.direction === 'ASC' ? 1 : -1) *
          (a.snapshot().createdAt.getTime() - b.snapshot().createdAt.getTime() || Number(a.id) - Number(b.id)),
      );
    const start = (page.page - 1) * page.limit;
    return { total: matching.length, elements: matching.slice(start, start + page.limit).map((u) => User.restore(u.snapshot())) };
  }
}
