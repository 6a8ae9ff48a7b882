import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  Participation,
  ParticipationRepository,
  type ParticipantRole,
  type ParticipantStats,
  type ParticipationState,
  type ParticipationWindow,
  type SaveOutcome,
  SEAT_ROLE,
  hasSeatLimit,
  seatsLeft,
  statsOf,
} from '../../../domain/participations/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { EventRecord } from '../events/event.record.js';
import { insertWithId, isId, nextId } from '../ids.js';
import { appendToOutbox } from '../outbox/index.js';
import { ParticipationRecord, type ParticipationMetadata } from './participation.record.js';

function toParticipation(r: ParticipationRecord): Participation {
  const m = r.metadata ?? {};
  return Participation.restore({
    id: r.id,
    eventId: r.eventId,
    actorId: r.actorId,
    role: r.role,
    message: r.message,
    anonymous: m.email
      ? {
          email: m.email,
          locale: m.locale ?? null,
          confirmation: m.confirmation ? { digest: m.confirmation.digest, expiresAt: new Date(m.confirmation.expiresAt) } : null,
          cancellationDigests: m.cancellationDigests ?? [],
        }
      : null,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

function toMetadata(s: ParticipationState): ParticipationMetadata {
  const a = s.anonymous;
  if (!a) return {};
  return {
    email: a.email,
    locale: a.locale,
    confirmation: a.confirmation ? { digest: a.confirmation.digest, expiresAt: a.confirmation.expiresAt.toISOString() } : null,
    cancellationDigests: a.cancellationDigests,
  };
}

/** Rolls the transaction back with an answer instead of an error. */
class Refused extends Error {
  constructor(readonly outcome: SaveOutcome) {
    super(outcome);
  }
}

// Anonymous participations are told apart by their email in the JSON `metadata` (indexed).
const IS_ANONYMOUS = `p.metadata ? 'email'`;

export class TypeOrmParticipationRepository extends ParticipationRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private query(): SelectQueryBuilder<ParticipationRecord> {
    return this.dataSource.getRepository(ParticipationRecord).createQueryBuilder('p');
  }

  private async one(query: SelectQueryBuilder<ParticipationRecord>): Promise<Participation | null> {
    const record = await query.limit(1).getOne();
    return record ? toParticipation(record) : null;
  }

  async nextId(): Promise<string> {
    return nextId(this.dataSource.manager, ParticipationRecord);
  }

  async findById(id: string): Promise<Participation | null> {
    return isId(id) ? this.one(this.query().where('p.id = :id', { id })) : null;
  }

  async findByActor(eventId: string, actorId: string): Promise<Participation | null> {
    if (!isId(eventId) || !isId(actorId)) return null;
    return this.one(this.query().where(`p.eventId = :eventId AND p.actorId = :actorId AND NOT (${IS_ANONYMOUS})`, { eventId, actorId }));
  }

  async findAnonymous(eventId: string, actorId: string, email: string): Promise<Participation | null> {
    if (!isId(eventId) || !isId(actorId)) return null;
    return this.one(
      this.query().where(`p.eventId = :eventId AND p.actorId = :actorId AND p.metadata->>'email' = :email`, { eventId, actorId, email }),
    );
  }

  async findByConfirmationDigest(digest: string): Promise<Participation | null> {
    return this.one(this.query().where(`p.metadata->'confirmation'->>'digest' = :digest`, { digest }));
  }

  async findByCancellationDigest(eventId: string, digest: string): Promise<Participation | null> {
    if (!isId(eventId)) return null;
    return this.one(
      this.query().where(`p.eventId = :eventId AND p.metadata ? 'cancellationDigests' AND p.metadata->'cancellationDigests' ? :digest`, {
        eventId,
        digest,
      }),
    );
  }

  async save(participation: Participation): Promise<SaveOutcome> {
    const s = participation.snapshot();
    try {
      await this.dataSource.transaction(async (manager) => {
        if (participation.claimsSeat) await this.takeSeat(manager, s.eventId);
        if (participation.isNew) {
          const inserted = await insertWithId(manager, ParticipationRecord, { ...s, metadata: toMetadata(s) })
            .orIgnore()
            .returning(['id'])
            .execute();
          // Only the (event, actor, email) unique index can conflict: the id is fresh.
          if ((inserted.raw as unknown[]).length === 0) throw new Refused('duplicate');
        } else {
          // Applied only if nobody changed the role since it was loaded.
          const updated = await manager
            .createQueryBuilder()
            .update(ParticipationRecord)
            .set({ role: s.role, message: s.message, metadata: toMetadata(s), updatedAt: s.updatedAt })
            .where('id = :id AND role = :loaded', { id: s.id, loaded: participation.roleAsLoaded })
            .execute();
          if (!updated.affected) throw new Refused('conflict');
        }
        await appendToOutbox(manager, participation.pullEvents());
      });
      return 'saved';
    } catch (error) {
      if (error instanceof Refused) return error.outcome;
      throw error;
    }
  }

  /**
   * Locks the event row, so that seat claims of one event run one at a time, then counts the
   * seats taken under that lock: a claim sees every claim committed before it.
   */
  private async takeSeat(manager: EntityManager, eventId: string): Promise<void> {
    const event = await manager
      .createQueryBuilder(EventRecord, 'e')
      .select(`coalesce((e.options->>'maximumAttendeeCapacity')::int, 0)`, 'capacity')
      .where('e.id = :eventId', { eventId })
      .setLock('pessimistic_write')
      .getRawOne<{ capacity: number }>();
    if (!event) throw new Refused('conflict');
    if (!hasSeatLimit(event.capacity)) return;
    const seats = await manager
      .createQueryBuilder(ParticipationRecord, 'p')
      .select('count(*)::int', 'taken')
      .where('p.eventId = :eventId AND p.role = :seat', { eventId, seat: SEAT_ROLE })
      .getRawOne<{ taken: number }>();
    if (seatsLeft(event.capacity, seats!.taken) === 0) throw new Refused('event-full');
  }

  async delete(participation: Participation): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ParticipationRecord, { id: participation.id });
      await appendToOutbox(manager, participation.pullEvents());
    });
  }

  async countByRole(eventId: string, role: ParticipantRole): Promise<number> {
    if (!isId(eventId)) return 0;
    const row = await this.query()
      .select('count(*)::int', 'n')
      .where('p.eventId = :eventId AND p.role = :role', { eventId, role })
      .getRawOne<{ n: number }>();
    return row!.n;
  }

  async stats(eventIds: string[]): Promise<Map<string, ParticipantStats>> {
    const valid = [...new Set(eventIds.filter(isId))];
    const rows =
      valid.length === 0
        ? []
        : await this.query()
            .select(['p.eventId AS event_id', 'p.role AS role', 'count(*)::int AS n'])
            .where('p.eventId = ANY(:ids::bigint[])', { ids: valid })
            .groupBy('p.eventId')
            .addGroupBy('p.role')
            .getRawMany<{ event_id: string; role: ParticipantRole; n: number }>();
    const counts = new Map(rows.map((r) => [`${r.event_id}:${r.role}`, r.n]));
    return new Map(eventIds.map((id) => [id, statsOf((role) => counts.get(`${id}:${role}`) ?? 0)]));
  }

  /** One query for the page and its total (a window count); a second only past the last page. */
  private async page(filter: SelectQueryBuilder<ParticipationRecord>, page: PageRequest): Promise<Page<Participation>> {
    const { entities, raw } = await filter
      .clone()
      .addSelect('count(*) OVER ()', 'total')
      .limit(page.limit)
      .offset((page.page - 1) * page.limit)
      .getRawAndEntities<{ total: string }>();
    let total = raw.length > 0 ? Number(raw[0].total) : 0;
    if (raw.length === 0 && page.page > 1) total = await filter.orderBy().getCount();
    return { total, elements: entities.map(toParticipation) };
  }

  async listForEvent(eventId: string, roles: ParticipantRole[], page: PageRequest): Promise<Page<Participation>> {
    if (!isId(eventId)) return { total: 0, elements: [] };
    const filter = this.query().where('p.eventId = :eventId', { eventId });
    if (roles.length > 0) filter.andWhere('p.role = ANY(:roles::text[])', { roles });
    return this.page(filter.orderBy('p.createdAt').addOrderBy('p.id'), page);
  }

  async listForActor(actorId: string, eventId: string | null, page: PageRequest): Promise<Page<Participation>> {
    if (!isId(actorId) || (eventId !== null && !isId(eventId))) return { total: 0, elements: [] };
    const filter = this.query().innerJoin(EventRecord, 'e', 'e.id = p.eventId').where('p.actorId = :actorId', { actorId });
    if (eventId !== null) filter.andWhere('p.eventId = :eventId', { eventId });
    return this.page(filter.orderBy('e.beginsOn').addOrderBy('p.id'), page);
  }

  async listForActors(actorIds: string[], window: ParticipationWindow, page: PageRequest): Promise<Page<Participation>> {
    const ids = actorIds.filter(isId);
    if (ids.length === 0) return { total: 0, elements: [] };
    const filter = this.query()
      .innerJoin(EventRecord, 'e', 'e.id = p.eventId')
      .where('p.actorId = ANY(:ids::bigint[]) AND NOT e.draft', { ids });
    if (window.after) filter.andWhere('e.beginsOn >= :after', { after: window.after });
    if (window.before) filter.andWhere('e.beginsOn <= :before', { before: window.before });
    // Upcoming or ongoing first, soonest first; then the past ones, latest first. Drafts are `drafts`.
    const ended = 'coalesce(e.endsOn, e.beginsOn) < :now';
    return this.page(
      filter
        .orderBy(`(${ended})`, 'ASC')
        .addOrderBy(`CASE WHEN NOT (${ended}) THEN e.beginsOn END`, 'ASC')
        .addOrderBy('e.beginsOn', 'DESC')
        .addOrderBy('p.id')
        .setParameter('now', window.now),
      page,
    );
  }
}
