import type { DataSource } from 'typeorm';
import type { Event } from '../../../domain/events/index.js';
import { GoingEvents, type GoingEventsQuery } from '../../../domain/feeds/index.js';
import { EVENT_COLUMNS, toEvent, type EventRow } from '../events/typeorm-event.repository.js';

const isId = (id: string) => /^\d{1,18}$/.test(id);

/** Events joined with the `participations` table of the participations module (read only). */
export class TypeOrmGoingEvents extends GoingEvents {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async find(q: GoingEventsQuery): Promise<Event[]> {
    if (!isId(q.userId) || (q.actorId !== null && !isId(q.actorId)) || q.roles.length === 0) return [];
    // The identity must still be the account's: a token never opens someone else's calendar.
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT ${EVENT_COLUMNS} FROM events e
       WHERE NOT e.draft
         -- A suspended organizer's events leave every feed.
         AND NOT EXISTS (SELECT 1 FROM actors o WHERE o.id = e.organizer_actor_id AND o.suspended)
         AND coalesce(e.ends_on, e.begins_on) >= $4
         AND EXISTS (
           SELECT 1 FROM participations p JOIN actors a ON a.id = p.actor_id
           WHERE p.event_id = e.id AND a.user_id = $1 AND ($2::bigint IS NULL OR p.actor_id = $2::bigint) AND p.role = ANY($3::text[]))
       ORDER BY e.begins_on, e.id
       LIMIT $5`,
      [q.userId, q.actorId, [...q.roles], q.endedAfter, q.limit],
    );
    return rows.map(toEvent);
  }
}
