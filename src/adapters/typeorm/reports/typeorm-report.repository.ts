import type { DataSource } from 'typeorm';
import { Report, ReportRepository, type ReportFilter, type ReportNote, type ReportStatus } from '../../../domain/reports/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { appendToOutbox } from '../outbox/index.js';

interface ReportRow {
  id: string;
  uuid: string;
  url: string;
  reporter_actor_id: string;
  reported_actor_id: string;
  content: string;
  event_ids: string[];
  comment_ids: string[];
  forward: boolean;
  status: ReportStatus;
  created_at: Date;
  updated_at: Date;
}

interface NoteRow {
  id: string;
  report_id: string;
  moderator_actor_id: string;
  content: string;
  created_at: Date;
}

const REPORT_COLUMNS = `r.id::text, r.uuid::text, r.url, r.reporter_actor_id::text, r.reported_actor_id::text, r.content,
  r.event_ids::text[] AS event_ids, r.comment_ids::text[] AS comment_ids, r.forward, r.status, r.created_at, r.updated_at`;
const NOTE_COLUMNS = `id::text, report_id::text, moderator_actor_id::text, content, created_at`;

const isId = (id: string): boolean => /^\d{1,18}$/.test(id);

const toReport = (r: ReportRow): Report =>
  Report.restore({
    id: r.id,
    uuid: r.uuid,
    url: r.url,
    reporterActorId: r.reporter_actor_id,
    reportedActorId: r.reported_actor_id,
    content: r.content,
    eventIds: r.event_ids,
    commentIds: r.comment_ids,
    forward: r.forward,
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });

const toNote = (r: NoteRow): ReportNote => ({
  id: r.id,
  reportId: r.report_id,
  moderatorActorId: r.moderator_actor_id,
  content: r.content,
  createdAt: r.created_at,
});

export class TypeOrmReportRepository extends ReportRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('reports_id_seq')::text AS id`);
    return row.id;
  }

  async findById(id: string): Promise<Report | null> {
    if (!isId(id)) return null;
    const rows: ReportRow[] = await this.dataSource.query(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = $1`, [id]);
    return rows[0] ? toReport(rows[0]) : null;
  }

  async save(report: Report): Promise<void> {
    const s = report.snapshot();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO reports (id, uuid, url, reporter_actor_id, reported_actor_id, content, event_ids, comment_ids, forward, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7::bigint[], $8::bigint[], $9, $10, $11, $12)
         ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at`,
        [
          s.id,
          s.uuid,
          s.url,
          s.reporterActorId,
          s.reportedActorId,
          s.content,
          s.eventIds,
          s.commentIds.filter(isId),
          s.forward,
          s.status,
          s.createdAt,
          s.updatedAt,
        ],
      );
      await appendToOutbox(manager, report.pullEvents());
    });
  }

  async list(filter: ReportFilter, page: PageRequest): Promise<Page<Report>> {
    const rows: (ReportRow & { total: string })[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS}, count(*) OVER () AS total
       FROM reports r
       WHERE ($1::text IS NULL OR r.status = $1)
         AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM actors a WHERE a.id = r.reported_actor_id AND a.domain = $2))
       ORDER BY r.created_at DESC, r.id DESC
       LIMIT $3 OFFSET $4`,
      [filter.status, filter.domain, page.limit, (page.page - 1) * page.limit],
    );
    return { total: rows.length ? Number(rows[0].total) : 0, elements: rows.map(toReport) };
  }

  async addNote(note: Omit<ReportNote, 'id'>): Promise<ReportNote> {
    const [row]: NoteRow[] = await this.dataSource.query(
      `INSERT INTO report_notes (report_id, moderator_actor_id, content, created_at) VALUES ($1, $2, $3, $4) RETURNING ${NOTE_COLUMNS}`,
      [note.reportId, note.moderatorActorId, note.content, note.createdAt],
    );
    return toNote(row);
  }

  async findNote(id: string): Promise<ReportNote | null> {
    if (!isId(id)) return null;
    const rows: NoteRow[] = await this.dataSource.query(`SELECT ${NOTE_COLUMNS} FROM report_notes WHERE id = $1`, [id]);
    return rows[0] ? toNote(rows[0]) : null;
  }

  async deleteNote(id: string): Promise<void> {
    if (!isId(id)) return;
    await this.dataSource.query(`DELETE FROM report_notes WHERE id = $1`, [id]);
  }

  async notesOf(reportIds: string[]): Promise<ReportNote[]> {
    const valid = reportIds.filter(isId);
    if (valid.length === 0) return [];
    const rows: NoteRow[] = await this.dataSource.query(
      `SELECT ${NOTE_COLUMNS} FROM report_notes WHERE report_id = ANY($1::bigint[]) ORDER BY created_at, id`,
      [valid],
    );
    return rows.map(toNote);
  }
}
