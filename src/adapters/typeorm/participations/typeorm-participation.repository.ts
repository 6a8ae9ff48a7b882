import type { DataSource, EntityManager } from 'typeorm';
import {
  EMPTY_STATS,
  Participation,
  ParticipationRepository,
  type ParticipantRole,
  type ParticipantStats,
  type ParticipationState,
  type ParticipationWindow,
  type SaveOutcome,
} from '../../../domain/participations/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { appendToOutbox } from '../outbox/index.js';

interface Row {
  id: string;
  event_id: string;
  actor_id: string;
  role: ParticipantRole;
  message: string | null;
  metadata: StoredMetadata;
  created_at: Date;
  updated_at: Date;
  total?: string;
}

/** `participations.metadata`: empty for identities; email, locale and secret digests for anonymous ones. */
interface StoredMetadata {
  email?: string;
  locale?: string | null;
  confirmation?: { digest: string; expiresAt: string } | null;
  cancellationDigests?: string[];
}

const COLUMNS = `p.id::text, p.event_id::text, p.actor_id::text, p.role, p.message, p.metadata, p.created_at, p.updated_at`;
const isId = (id: string | null | undefined): id is string => typeof id === 'string' && /^\d{1,18}$/.test(id);

function toParticipation(r: Row): Participation {
  const m = r.metadata ?? {};
  return Participation.restore({
    id: r.id,
    eventId: r.event_id,
    actorId: r.actor_id,
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
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

function toMetadata(s: ParticipationState): StoredMetadata {
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

export class TypeOrmParticipationRepository extends ParticipationRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('participations_id_seq')::text AS id`);
    return row.id;
  }

  private async one(where: string, params: unknown[]): Promise<Participation | null> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM participations p WHERE ${where} LIMIT 1`, params);
    return rows[0] ? toParticipation(rows[0]) : null;
  }

  async findById(id: string): Promise<Participation | null> {
    return isId(id) ? this.one('p.id = $1', [id]) : null;
  }

  async findByActor(eventId: string, actorId: string): Promise<Participation | null> {
    if (!isId(eventId) || !isId(actorId)) return null;
    return this.one(`p.event_id = $1 AND p.actor_id = $2 AND NOT (p.metadata ? 'email')`, [eventId, actorId]);
  }

  async findAnonymous(eventId: string, actorId: string, email: string): Promise<Participation | null> {
    if (!isId(eventId) || !isId(actorId)) return null;
    return this.one(`p.event_id = $1 AND p.actor_id = $2 AND p.metadata->>'email' = $3`, [eventId, actorId, email]);
  }

  async findByConfirmationDigest(digest: string): Promise<Participation | null> {
    return this.one(`p.metadata->'confirmation'->>'digest' = $1`, [digest]);
  }

  async findByCancellationDigest(eventId: string, digest: string): Promise<Participation | null> {
    if (!isId(eventId)) return null;
    return this.one(`p.event_id = $1 AND p.metadata ? 'cancellationDigests' AND p.metadata->'cancellationDigests' ? $2`, [eventId, digest]);
  }

  async save(participation: Participation): Promise<SaveOutcome> {
    const s = participation.snapshot();
    try {
      await this.dataSource.transaction(async (manager) => {
        if (participation.claimsSeat) await this.takeSeat(manager, s.eventId);
        if (participation.isNew) {
          const inserted = await manager.query(
            `INSERT INTO participations (id, event_id, actor_id, role, message, metadata, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
            [s.id, s.eventId, s.actorId, s.role, s.message, JSON.stringify(toMetadata(s)), s.createdAt, s.updatedAt],
          );
          // Only the (event, actor, email) unique index can conflict: the id is fresh.
          if (inserted.length === 0) throw new Refused('duplicate');
        } else {
          // Applied only if nobody changed the role since it was loaded.
          const [updated] = await manager.query(
            `UPDATE participations SET role = $2, message = $3, metadata = $4, updated_at = $5 WHERE id = $1 AND role = $6 RETURNING id`,
            [s.id, s.role, s.message, JSON.stringify(toMetadata(s)), s.updatedAt, participation.roleAsLoaded],
          );
          if (updated.length === 0) throw new Refused('conflict');
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
    const [event] = await manager.query(
      `SELECT coalesce((options->>'maximumAttendeeCapacity')::int, 0) AS capacity FROM events WHERE id = $1 FOR UPDATE`,
      [eventId],
    );
    if (!event) throw new Refused('conflict');
    if (event.capacity <= 0) return;
    const [{ taken }] = await manager.query(
      `SELECT count(*)::int AS taken FROM participations WHERE event_id = $1 AND role = 'PARTICIPANT'`,
      [eventId],
    );
    if (taken >= event.capacity) throw new Refused('event-full');
  }

  async delete(participation: Participation): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM participations WHERE id = $1`, [participation.id]);
      await appendToOutbox(manager, participation.pullEvents());
    });
  }

  async countByRole(eventId: string, role: ParticipantRole): Promise<number> {
    if (!isId(eventId)) return 0;
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM participations WHERE event_id = $1 AND role = $2`, [
      eventId,
      role,
    ]);
    return row.n;
  }

  async stats(eventIds: string[]): Promise<Map<string, ParticipantStats>> {
    const result = new Map<string, ParticipantStats>(eventIds.map((id) => [id, { ...EMPTY_STATS }]));
    const valid = [...new Set(eventIds.filter(isId))];
    if (valid.length === 0) return result;
    const rows: { event_id: string; role: ParticipantRole; n: number }[] = await this.dataSource.query(
      `SELECT event_id::text, role, count(*)::int AS n FROM participations WHERE event_id = ANY($1::bigint[]) GROUP BY event_id, role`,
      [valid],
    );
    for (const { event_id, role, n } of rows) {
      const s = result.get(event_id);
      if (!s) continue;
      if (role === 'PARTICIPANT') s.participant = n;
      else if (role === 'NOT_APPROVED') s.notApproved = n;
      else if (role === 'NOT_CONFIRMED') s.notConfirmed = n;
      else if (role === 'REJECTED') s.rejected = n;
      else if (role === 'CREATOR') s.creator = n;
      else if (role === 'MODERATOR') s.moderator = n;
      else if (role === 'ADMINISTRATOR') s.administrator = n;
    }
    for (const s of result.values()) s.going = s.participant + s.creator + s.moderator + s.administrator;
    return result;
  }

  /** One query for the page and its total (a window count); a second only past the last page. */
  private async page(
    from: string,
    where: string,
    order: string,
    params: unknown[],
    page: PageRequest,
    orderParams: unknown[] = [],
  ): Promise<Page<Participation>> {
    // Parameters of the ORDER BY come after those of the WHERE, so the count can leave them out.
    const n = params.length + orderParams.length;
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, ...orderParams, page.limit, (page.page - 1) * page.limit],
    );
    let total = rows.length > 0 ? Number(rows[0].total) : 0;
    if (rows.length === 0 && page.page > 1) {
      const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`, params);
      total = row.n;
    }
    return { total, elements: rows.map(toParticipation) };
  }

  async listForEvent(eventId: string, roles: ParticipantRole[], page: PageRequest): Promise<Page<Participation>> {
    if (!isId(eventId)) return { total: 0, elements: [] };
    return this.page(
      'participations p',
      `p.event_id = $1 AND (cardinality($2::text[]) = 0 OR p.role = ANY($2::text[]))`,
      'p.created_at, p.id',
      [eventId, roles],
      page,
    );
  }

  async listForActor(actorId: string, eventId: string | null, page: PageRequest): Promise<Page<Participation>> {
    if (!isId(actorId) || (eventId !== null && !isId(eventId))) return { total: 0, elements: [] };
    return this.page(
      'participations p JOIN events e ON e.id = p.event_id',
      `p.actor_id = $1 AND ($2::bigint IS NULL OR p.event_id = $2::bigint)`,
      'e.begins_on, p.id',
      [actorId, eventId],
      page,
    );
  }

  async listForActors(actorIds: string[], window: ParticipationWindow, page: PageRequest): Promise<Page<Participation>> {
    const ids = actorIds.filter(isId);
    if (ids.length === 0) return { total: 0, elements: [] };
    // Upcoming or ongoing first, soonest first; then the past ones, latest first. Drafts are `drafts`.
    return this.page(
      'participations p JOIN events e ON e.id = p.event_id',
      `p.actor_id = ANY($1::bigint[]) AND NOT e.draft AND ($2::timestamptz IS NULL OR e.begins_on >= $2) AND ($3::timestamptz IS NULL OR e.begins_on <= $3)`,
      `(coalesce(e.ends_on, e.begins_on) < $4) ASC,
       CASE WHEN coalesce(e.ends_on, e.begins_on) >= $4 THEN e.begins_on END ASC,
       e.begins_on DESC, p.id`,
      [ids, window.after, window.before],
      page,
      [window.now],
    );
  }
}
