import type { DataSource } from 'typeorm';
import { RetiredUsernameRecord } from '../identities/retired-username.record.js';
import { ActorRecord } from '../identities/actor.record.js';
import { insertWithId, isId, nextId } from '../ids.js';
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

/** What a save may change: everything but the key and the creation date. */
const UPDATED = [
  'email',
  'password_hash',
  'role',
  'locale',
  'confirmed_at',
  'confirmation_sent_at',
  'reset_password_sent_at',
  'disabled',
  'default_actor_id',
  'last_sign_in_at',
  'last_sign_in_ip',
  'current_sign_in_at',
  'current_sign_in_ip',
  'settings',
  'updated_at',
];

export class TypeOrmUserRepository extends UserRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    return nextId(this.dataSource.manager, UserRecord);
  }

  async findById(id: string): Promise<User | null> {
    if (!isId(id)) return null;
    const record = await this.dataSource.getRepository(UserRecord).findOneBy({ id });
    return record ? toUser(record) : null;
  }

  async findByEmail(email: string): Promise<User | null> {
    const record = await this.dataSource.getRepository(UserRecord).findOneBy({ email });
    return record ? toUser(record) : null;
  }

  async save(user: User): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await insertWithId(manager, UserRecord, { ...user.snapshot(), updatedAt: new Date() })
        .orUpdate(UPDATED, ['id'])
        .execute();
      await appendToOutbox(manager, user.pullEvents());
    });
  }

  async delete(user: User): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Its identities' names are retired with it (see the retired_usernames table).
      const names = manager
        .createQueryBuilder(ActorRecord, 'a')
        .select('a.preferredUsername')
        .where('a.userId = :userId AND a.domain IS NULL', { userId: user.id });
      await manager
        .createQueryBuilder()
        .insert()
        .into(RetiredUsernameRecord, ['preferredUsername'])
        .valuesFromSelect(names)
        .orIgnore()
        .execute();
      await manager.delete(UserRecord, { id: user.id });
      await appendToOutbox(manager, user.pullEvents());
    });
  }

  async list(filter: UserFilter, page: PageRequest): Promise<Page<User>> {
    const query = this.dataSource.getRepository(UserRecord).createQueryBuilder('u');
    if (filter.email) query.andWhere(`u.email LIKE :email ESCAPE '\\'`, { email: `%${filter.email.replace(/[\\%_]/g, '\\$&')}%` });
    if (filter.currentSignInIp) query.andWhere('u.currentSignInIp = :ip', { ip: filter.currentSignInIp });
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
