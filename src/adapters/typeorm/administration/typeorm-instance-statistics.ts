import type { DataSource } from 'typeorm';
import {
  InstanceStatistics,
  type DashboardFigures,
  type ProfileFilter,
  type StatisticsFigures,
} from '../../../domain/administration/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';

// LIKE patterns take the user's text literally.
const contains = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Counts across tables, each one query; comments and reports count as 0 where their table is absent. */
export class TypeOrmInstanceStatistics extends InstanceStatistics {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async dashboard(): Promise<DashboardFigures> {
    const [row] = await this.dataSource.query(`
      SELECT
        (SELECT count(*) FROM users WHERE confirmed_at IS NOT NULL)::int AS users,
        (SELECT count(*) FROM events e JOIN actors a ON a.id = e.organizer_actor_id WHERE a.domain IS NULL AND NOT e.draft)::int AS local_events,
        (SELECT count(*) FROM participations p JOIN events e ON e.id = p.event_id JOIN actors a ON a.id = e.organizer_actor_id
          WHERE a.domain IS NULL AND p.role IN ('PARTICIPANT', 'MODERATOR', 'ADMINISTRATOR', 'CREATOR'))::int AS participations,
        (SELECT e.id::text FROM events e JOIN actors a ON a.id = e.organizer_actor_id
          WHERE a.domain IS NULL AND NOT e.draft AND e.visibility = 'PUBLIC' ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS last_public_event_id`);
    const comments = await this.commentCounts();
    return {
      users: row.users,
      localEvents: row.local_events,
      localComments: comments.local,
      openReports: await this.openReports(),
      confirmedParticipationsToLocalEvents: row.participations,
      lastPublicEventId: row.last_public_event_id ?? null,
    };
  }

  async statistics(): Promise<StatisticsFigures> {
    const [row] = await this.dataSource.query(`
      SELECT
        (SELECT count(*) FROM users WHERE confirmed_at IS NOT NULL)::int AS users,
        (SELECT count(*) FROM events WHERE NOT draft)::int AS events,
        (SELECT count(*) FROM events e JOIN actors a ON a.id = e.organizer_actor_id WHERE a.domain IS NULL AND NOT e.draft)::int AS local_events`);
    const comments = await this.commentCounts();
    return { users: row.users, events: row.events, localEvents: row.local_events, comments: comments.total, localComments: comments.local };
  }

  async categories(): Promise<{ key: string; number: number }[]> {
    const rows: { key: string; number: number }[] = await this.dataSource.query(
      `SELECT category AS key, count(*)::int AS number FROM events WHERE NOT draft AND visibility = 'PUBLIC' GROUP BY category ORDER BY number DESC, category`,
    );
    return rows;
  }

  async profiles(filter: ProfileFilter, page: PageRequest): Promise<Page<string>> {
    // The instance's own service actors (local without an account, like `anonymous`) are no one's profile.
    const where = [`type = 'Person'`, `(user_id IS NOT NULL OR domain IS NOT NULL)`, `suspended = $1`];
    const params: unknown[] = [filter.suspended];
    where.push(filter.local ? `domain IS NULL` : `domain IS NOT NULL`);
    if (filter.preferredUsername) where.push(`preferred_username ILIKE $${params.push(contains(filter.preferredUsername))}`);
    if (filter.name) where.push(`name ILIKE $${params.push(contains(filter.name))}`);
    if (filter.domain) where.push(`domain ILIKE $${params.push(contains(filter.domain))}`);
    const rows: { id: string; total: number }[] = await this.dataSource.query(
      `SELECT id::text, count(*) OVER ()::int AS total FROM actors WHERE ${where.join(' AND ')}
       ORDER BY created_at DESC, id DESC LIMIT $${params.push(page.limit)} OFFSET $${params.push((page.page - 1) * page.limit)}`,
      params,
    );
    return { total: rows[0]?.total ?? (await this.countProfiles(where, params.slice(0, -2))), elements: rows.map((r) => r.id) };
  }

  // A page past the end has no row to carry the total.
  private async countProfiles(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS total FROM actors WHERE ${where.join(' AND ')}`, params);
    return row.total;
  }

  private async tableExists(name: string): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [name]);
    return row.present;
  }

  private async commentCounts(): Promise<{ total: number; local: number }> {
    if (!(await this.tableExists('comments'))) return { total: 0, local: 0 };
    const [row] = await this.dataSource.query(`
      SELECT count(*)::int AS total, (count(*) FILTER (WHERE a.domain IS NULL))::int AS local
      FROM comments c JOIN actors a ON a.id = c.actor_id WHERE c.deleted_at IS NULL`);
    return { total: row.total, local: row.local };
  }

  private async openReports(): Promise<number> {
    if (!(await this.tableExists('reports'))) return 0;
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM reports WHERE status = 'OPEN'`);
    return row.n;
  }
}
