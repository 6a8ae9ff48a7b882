import { IsNull, type DataSource } from 'typeorm';
import { ActorRecord } from '../identities/actor.record.js';

/**
 * The instance's `anonymous` actor (created by a migration with a placeholder URL, since BASE_URL
 * is only known at run time): gives it this instance's URL and answers its id, once per process.
 */
export class TypeOrmAnonymousActor {
  private id: Promise<string | null> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly baseUrl: string,
  ) {}

  actorId(): Promise<string | null> {
    this.id ??= this.ensure().catch((error: unknown) => {
      this.id = null; // try again next time
      throw error;
    });
    return this.id;
  }

  private async ensure(): Promise<string | null> {
    const url = `${this.baseUrl}/@anonymous`;
    // Not a user's identity (user_id IS NULL): if someone held the name before, there is none.
    const anonymous = { preferredUsername: 'anonymous', domain: IsNull(), userId: IsNull(), type: 'Person' };
    const actors = this.dataSource.getRepository(ActorRecord);
    const taken = actors.createQueryBuilder('other').select('1').where('other.url = :url');
    await actors
      .createQueryBuilder()
      .update()
      .set({ url })
      .where(anonymous)
      .andWhere(`url <> :url AND NOT EXISTS (${taken.getQuery()})`, { url })
      .execute();
    const actor = await actors.findOne({ select: { id: true }, where: anonymous });
    return actor?.id ?? null;
  }
}
