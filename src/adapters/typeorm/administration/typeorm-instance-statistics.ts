import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  InstanceStatistics,
  type DashboardFigures,
  type ProfileFilter,
  type StatisticsFigures,
} from '../../../domain/administration/index.js';
import { GOING_ROLES } from '../../../domain/participations/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { UserRecord } from '../accounts/user.record.js';
import { CommentRecord } from '../comments/comment.record.js';
import { EventRecord } from '../events/event.record.js';
import { ActorRecord } from '../identities/actor.record.js';
import { ParticipationRecord } from '../participations/participation.record.js';
import { ReportRecord } from '../reports/report.record.js';

// LIKE patterns take the user's text literally.
const contains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Counts across tables, each figure one subquery of a single statement. */
export class TypeOrmInstanceStatistics extends InstanceStatistics {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private confirmedUsers(): SelectQueryBuilder<UserRecord> {
    return this.dataSource.createQueryBuilder(UserRecord, 'u').select('count(*)').where('u.confirmedAt IS NOT NULL');
  }

  /** Published events organized by a local identity (alias `e`). */
  private localEvents(): SelectQueryBuilder<EventRecord> {
    return this.dataSource
      .createQueryBuilder(EventRecord, 'e')
      .innerJoin(ActorRecord, 'a', 'a.id = e.organizerActorId')
      .where('a.domain IS NULL AND NOT e.draft');
  }

  /** `SELECT (sub) AS name, …` in one statement. */
  private async figures<T>(subqueries: Record<string, SelectQueryBuilder<object>>): Promise<T> {
    const query = this.dataSource.createQueryBuilder().fromDummy();
    for (const [name, sub] of Object.entries(subqueries)) query.addSelect(`(${sub.getQuery()})`, name).setParameters(sub.getParameters());
    return (await query.getRawOne<T>())!;
  }

  async dashboard(): Promise<DashboardFigures> {
    const row = await this.figures<
      Record<'users' | 'local_events' | 'participations' | 'open_reports' | 'local_comments', string> & {
        last_public_event_id: string | null;
      }
    >({
      users: this.confirmedUsers(),
      local_events: this.localEvents().select('count(*)'),
      participations: this.dataSource
        .createQueryBuilder(ParticipationRecord, 'p')
        .select('count(*)')
        .innerJoin(EventRecord, 'e', 'e.id = p.eventId')
        .innerJoin(ActorRecord, 'a', 'a.id = e.organizerActorId')
        .where('a.domain IS NULL AND p.role = ANY(:going::text[])', { going: [...GOING_ROLES] }),
      last_public_event_id: this.localEvents()
        .select('e.id')
        .andWhere(`e.visibility = 'PUBLIC'`)
        .orderBy('e.createdAt', 'DESC')
        .addOrderBy('e.id', 'DESC')
        .limit(1),
      open_reports: this.dataSource.createQueryBuilder(ReportRecord, 'r').select('count(*)').where(`r.status = 'OPEN'`),
      local_comments: this.comments().andWhere('a.domain IS NULL'),
    });
    return {
      users: Number(row.users),
      localEvents: Number(row.local_events),
      localComments: Number(row.local_comments),
      openReports: Number(row.open_reports),
      confirmedParticipationsToLocalEvents: Number(row.participations),
      lastPublicEventId: row.last_public_event_id ?? null,
    };
  }

  async statistics(): Promise<StatisticsFigures> {
    const row = await this.figures<Record<'users' | 'events' | 'local_events' | 'comments' | 'local_comments', string>>({
      users: this.confirmedUsers(),
      events: this.dataSource.createQueryBuilder(EventRecord, 'e').select('count(*)').where('NOT e.draft'),
      local_events: this.localEvents().select('count(*)'),
      comments: this.comments(),
      local_comments: this.comments().andWhere('a.domain IS NULL'),
    });
    return {
      users: Number(row.users),
      events: Number(row.events),
      localEvents: Number(row.local_events),
      comments: Number(row.comments),
      localComments: Number(row.local_comments),
    };
  }

  /** Comments not deleted, with their author (alias `a`). */
  private comments(): SelectQueryBuilder<CommentRecord> {
    return this.dataSource
      .createQueryBuilder(CommentRecord, 'c')
      .select('count(*)')
      .innerJoin(ActorRecord, 'a', 'a.id = c.actorId')
      .where('c.deletedAt IS NULL');
  }

  async categories(): Promise<{ key: string; number: number }[]> {
    return this.dataSource
      .createQueryBuilder(EventRecord, 'e')
      .select(['e.category AS key', 'count(*)::int AS number'])
      .where(`NOT e.draft AND e.visibility = 'PUBLIC'`)
      .groupBy('e.category')
      .orderBy('number', 'DESC')
      .addOrderBy('e.category')
      .getRawMany<{ key: string; number: number }>();
  }

  async profiles(filter: ProfileFilter, page: PageRequest): Promise<Page<string>> {
    // The instance's own service actors (local without an account, like `anonymous`) are no one's profile.
    const query = this.dataSource
      .createQueryBuilder(ActorRecord, 'a')
      .where(`a.type = 'Person' AND (a.userId IS NOT NULL OR a.domain IS NOT NULL) AND a.suspended = :suspended`, {
        suspended: filter.suspended,
      })
      .andWhere(filter.local ? 'a.domain IS NULL' : 'a.domain IS NOT NULL');
    if (filter.preferredUsername) query.andWhere('a.preferredUsername ILIKE :username', { username: contains(filter.preferredUsername) });
    if (filter.name) query.andWhere('a.name ILIKE :name', { name: contains(filter.name) });
    if (filter.domain) query.andWhere('a.domain ILIKE :domain', { domain: contains(filter.domain) });
    const rows = await query
      .clone()
      .select(['a.id AS id', 'count(*) OVER ()::int AS total'])
      .orderBy('a.createdAt', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(page.limit)
      .offset((page.page - 1) * page.limit)
      .getRawMany<{ id: string; total: number }>();
    // A page past the end has no row to carry the total.
    const total = rows[0]?.total ?? (await query.getCount());
    return { total, elements: rows.map((r) => r.id) };
  }
}
