import { In, IsNull, type DataSource } from 'typeorm';
import { Person, PersonRepository } from '../../../domain/identities/index.js';
import { insertWithId, isId, randomId } from '../ids.js';
import { appendToOutbox } from '../outbox/index.js';
import { ActorRecord } from './actor.record.js';
import { RetiredUsernameRecord } from './retired-username.record.js';

const str = (v: string | null): string | null => (v === null ? null : String(v));

export function toPerson(r: ActorRecord): Person {
  return Person.restore({
    id: String(r.id),
    userId: str(r.userId),
    preferredUsername: r.preferredUsername,
    domain: r.domain,
    name: r.name,
    summary: r.summary,
    avatarId: str(r.avatarId),
    bannerId: str(r.bannerId),
    suspended: r.suspended,
    manuallyApprovesFollowers: r.manuallyApprovesFollowers,
    url: r.url,
    createdAt: r.createdAt,
  });
}

const UNIQUE_VIOLATION = '23505';

/** What a save may change: everything but the key, the account and the creation date. */
const UPDATED = [
  'preferred_username',
  'domain',
  'name',
  'summary',
  'avatar_id',
  'banner_id',
  'suspended',
  'manually_approves_followers',
  'url',
  'updated_at',
];

export class TypeOrmPersonRepository extends PersonRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  // Identity ids are public (every Person.id, actor argument and report shows them): random, not
  // the sequence, which dated and counted an account's identities (issue 12.5, ADR 0013).
  async nextId(): Promise<string> {
    return randomId(this.dataSource.manager, ActorRecord);
  }

  async findById(id: string): Promise<Person | null> {
    if (!isId(id)) return null;
    const record = await this.dataSource.getRepository(ActorRecord).findOneBy({ id, type: 'Person' });
    return record ? toPerson(record) : null;
  }

  /** Batch load for list fields (no N+1). */
  async findByIds(ids: string[]): Promise<Person[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const records = await this.dataSource.getRepository(ActorRecord).findBy({ id: In(valid), type: 'Person' });
    return records.map(toPerson);
  }

  async findLocalByUsername(username: string): Promise<Person | null> {
    const record = await this.dataSource
      .getRepository(ActorRecord)
      .findOneBy({ preferredUsername: username, domain: IsNull(), type: 'Person' });
    return record ? toPerson(record) : null;
  }

  async findByUser(userId: string): Promise<Person[]> {
    const records = await this.dataSource.getRepository(ActorRecord).find({
      where: { userId, type: 'Person' },
      // Creation order (the oldest acts when there is no default): ids are random, not in order.
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return records.map(toPerson);
  }

  async usernameTaken(username: string): Promise<boolean> {
    // Held by a local identity, or retired: one round trip for both.
    const held = this.dataSource
      .getRepository(ActorRecord)
      .createQueryBuilder('a')
      .where('a.preferredUsername = :username AND a.domain IS NULL', { username });
    const retired = this.dataSource
      .getRepository(RetiredUsernameRecord)
      .createQueryBuilder('r')
      .where('r.preferredUsername = :username', { username });
    const row = await this.dataSource
      .createQueryBuilder()
      .fromDummy()
      .select('1', 'taken')
      .whereExists(held)
      .orWhereExists(retired)
      .getRawOne();
    return row !== undefined;
  }

  async save(person: Person): Promise<boolean> {
    const s = person.snapshot();
    try {
      await this.dataSource.transaction(async (manager) => {
        await insertWithId(manager, ActorRecord, { ...s, type: 'Person', updatedAt: new Date() })
          .orUpdate(UPDATED, ['id'])
          .execute();
        await appendToOutbox(manager, person.pullEvents());
      });
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  }

  async delete(person: Person): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (person.isLocal) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(RetiredUsernameRecord)
          .values({ preferredUsername: person.preferredUsername })
          .orIgnore()
          .execute();
      }
      await manager.delete(ActorRecord, { id: person.id });
      await appendToOutbox(manager, person.pullEvents());
    });
  }
}
