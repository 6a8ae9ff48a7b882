import type { DataSource } from 'typeorm';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { DEFAULT_SETTINGS, User, UserRepository, type UserFilter, type UserRole } from '../../../domain/accounts/index.js';
import { appendToOutbox } from '../outbox/index.js';
import { UserRecord } from './user.record.js';

export function toUser(record: UserRecord): User {
  return User.restore({
    id: String(record.id),
    email: record.email,
    passwordHash: record.passwordHash,
    role: record.role as UserRole,
    locale: record.locale,
    confirmedAt: record.confirmedAt,
    confirmationSentAt: record.confirmationSentAt,
    resetPasswordSentAt: record.resetPasswordSentAt,
    disabled: record.disabled,
    defaultActorId: record.defaultActorId === null ? null : String(record.defaultActorId),
    lastSignInAt: record.lastSignInAt,
    lastSignInIp: record.lastSignInIp,
    currentSignInAt: record.currentSignInAt,
    currentSignInIp: record.currentSignInIp,
    settings: { ...DEFAULT_SETTINGS, ...record.settings },
    createdAt: record.createdAt,
  });
}

function toRecord(user: User): UserRecord {
  const s = user.snapshot();
  return Object.assign(new UserRecord(), { ...s, updatedAt: new Date() });
}

export class TypeOrmUserRepository extends UserRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('users_id_seq')::text AS id`);
    return row.id;
  }

  async findById(id: string): Promise<User | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const record = await this.dataSource.getRepository(UserRecord).findOneBy({ id });
    return record ? toUser(record) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const record = await this.dataSource.getRepository(UserRecord).findOneBy({ email });
    return record ? toUser(record) : null;
  }

  async save(user: User): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserRecord).save(toRecord(user));
      await appendToOutbox(manager, user.pullEvents());
    });
  }

  async delete(user: User): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Its identities' names are retired with it (see the retired_usernames table).
      await manager.query(
        `INSERT INTO retired_usernames (preferred_username)
         SELECT preferred_username FROM actors WHERE user_id = $1 AND domain IS NULL ON CONFLICT DO NOTHING`,
        [user.id],
      );
      await manager.query(`DELETE FROM users WHERE id = $1`, [user.id]);
      await appendToOutbox(manager, user.pullEvents());
    });
  }

  async list(filter: UserFilter, page: PageRequest): Promise<Page<User>> {
    const query = this.dataSource.getRepository(UserRecord).createQueryBuilder('u');
    if (filter.email) query.andWhere(`u.email LIKE :email ESCAPE '\\'`, { email: `%${filter.email.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.currentSignInIp) query.andWhere('u.current_sign_in_ip = :ip', { ip: filter.currentSignInIp });
    const [records, total] = await query
      .orderBy('u.id', filter.direction)
      .skip((page.page - 1) * page.limit)
      .take(page.limit)
      .getManyAndCount();
    return { total, elements: records.map(toUser) };
  }

  async count(): Promise<number> {
    return this.dataSource.getRepository(UserRecord).count();
  }
}
