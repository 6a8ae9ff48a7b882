import type { DataSource } from 'typeorm';
import type { Event } from '../../../domain/events/index.js';
import { GoingEvents, type GoingEventsQuery } from '../../../domain/feeds/index.js';
import { EventRecord } from '../events/event.record.js';
import { organizerNotSuspended, toEvent } from '../events/typeorm-event.repository.js';
import { ActorRecord } from '../identities/actor.record.js';
import { isId } from '../ids.js';
import { ParticipationRecord } from '../participations/participation.record.js';

/** Events joined with the `participations` table of the participations module (read only). */
export class TypeOrmGoingEvents extends GoingEvents {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async find(q: GoingEventsQuery): Promise<Event[]> {
    if (!isId(q.userId) || (q.actorId !== null && !isId(q.actorId)) || q.roles.length === 0) return [];
    // The identity must still be the account's: a token never opens someone else's calendar.
    const going = this.dataSource
      .createQueryBuilder(ParticipationRecord, 'p')
      .select('1')
      .innerJoin(ActorRecord, 'a', 'a.id = p.actorId')
      .where('p.event_id = e.id AND a.userId = :userId AND p.role = ANY(:roles::text[])', { userId: q.userId, roles: [...q.roles] });
    if (q.actorId !== null) going.andWhere('p.actorId = :actorId', { actorId: q.actorId });
    const records = await this.dataSource
      .getRepository(EventRecord)
      .createQueryBuilder('e')
      .where('NOT e.draft')
      .andWhere(organizerNotSuspended(this.dataSource.manager))
      .andWhere('coalesce(e.endsOn, e.beginsOn) >= :endedAfter', { endedAfter: q.endedAfter })
      .andWhereExists(going)
      .orderBy('e.beginsOn')
      .addOrderBy('e.id')
      .limit(q.limit)
      .getMany();
    return records.map(toEvent);
  }
}
