import { In, IsNull, type DataSource } from 'typeorm';
import { Person, PersonRepository } from '../../../domain/identities/index.js';
import { appendToOutbox } from '../outbox/index.js';
import { ActorRecord } from './actor.record.js';

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

export class TypeOrmPersonRepository extends PersonRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('actors_id_seq')::text AS id`);
    return row.id;
  }

  async findById(id: string): Promise<Person | null> {
    if (!/^\d{1,18}$/.test(id)) return null;
    const record = await this.dataSource.getRepository(ActorRecord).findOneBy({ id, type: 'Person' });
    return record ? toPerson(record) : null;
  }

  /** Batch load for list fields (no N+1). */
  async findByIds(ids: string[]): Promise<Person[]> {
    const valid = ids.filter((id) => /^\d{1,18}$/.test(id));
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
    const records = await this.dataSource.getRepository(ActorRecord).find({ where: { userId, type: 'Person' }, order: { id: 'ASC' } });
    return records.map(toPerson);
  }

  async usernameTaken(username: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM actors WHERE preferred_username = $1 AND domain IS NULL)
           OR EXISTS (SELECT 1 FROM retired_usernames WHERE preferred_username = $1) AS taken`,
      [username],
    );
    return row.taken;
  }

  async save(person: Person): Promise<boolean> {
    const s = person.snapshot();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(ActorRecord).save(Object.assign(new ActorRecord(), { ...s, type: 'Person', updatedAt: new Date() }));
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
        await manager.query(`INSERT INTO retired_usernames (preferred_username) VALUES ($1) ON CONFLICT DO NOTHING`, [
          person.preferredUsername,
        ]);
      }
      await manager.query(`DELETE FROM actors WHERE id = $1`, [person.id]);
      await appendToOutbox(manager, person.pullEvents());
    });
  }
}
