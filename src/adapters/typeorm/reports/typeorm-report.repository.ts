import type { DataSource } from 'typeorm';
import { Report, ReportRepository, type ReportFilter, type ReportNote } from '../../../domain/reports/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { ActorRecord } from '../identities/actor.record.js';
import { insertWithId, isId, nextId } from '../ids.js';
import { appendToOutbox } from '../outbox/index.js';
import { ReportNoteRecord } from './report-note.record.js';
import { ReportRecord } from './report.record.js';

const toReport = (r: ReportRecord): Report =>
  Report.restore({
    id: r.id,
    uuid: r.uuid,
    url: r.url,
    reporterActorId: r.reporterActorId,
    reportedActorId: r.reportedActorId,
    content: r.content,
    eventIds: r.eventIds,
    commentIds: r.commentIds,
    forward: r.forward,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });

const toNote = (r: ReportNoteRecord): ReportNote => ({
  id: r.id,
  reportId: r.reportId,
  moderatorActorId: r.moderatorActorId,
  content: r.content,
  createdAt: r.createdAt,
});

export class TypeOrmReportRepository extends ReportRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get reports() {
    return this.dataSource.getRepository(ReportRecord);
  }

  private get notes() {
    return this.dataSource.getRepository(ReportNoteRecord);
  }

  async nextId(): Promise<string> {
    return nextId(this.dataSource.manager, ReportRecord);
  }

  async findById(id: string): Promise<Report | null> {
    if (!isId(id)) return null;
    const record = await this.reports.findOneBy({ id });
    return record ? toReport(record) : null;
  }

  async save(report: Report): Promise<void> {
    const s = report.snapshot();
    await this.dataSource.transaction(async (manager) => {
      // What was reported is fixed; only the status moves.
      await insertWithId(manager, ReportRecord, { ...s, commentIds: s.commentIds.filter(isId) })
        .orUpdate(['status', 'updated_at'], ['id'])
        .execute();
      await appendToOutbox(manager, report.pullEvents());
    });
  }

  async list(filter: ReportFilter, page: PageRequest): Promise<Page<Report>> {
    const query = this.reports.createQueryBuilder('r').addSelect('count(*) OVER ()', 'total');
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.domain) {
      const reported = this.dataSource
        .createQueryBuilder(ActorRecord, 'a')
        .where('a.id = r.reported_actor_id AND a.domain = :domain', { domain: filter.domain });
      query.andWhereExists(reported);
    }
    const { entities, raw } = await query
      .orderBy('r.createdAt', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .limit(page.limit)
      .offset((page.page - 1) * page.limit)
      .getRawAndEntities<{ total: string }>();
    return { total: raw.length ? Number(raw[0].total) : 0, elements: entities.map(toReport) };
  }

  async addNote(note: Omit<ReportNote, 'id'>): Promise<ReportNote> {
    const inserted = await this.notes.createQueryBuilder().insert().values(note).returning(['id']).updateEntity(false).execute();
    return { id: (inserted.raw as { id: string }[])[0].id, ...note };
  }

  async findNote(id: string): Promise<ReportNote | null> {
    if (!isId(id)) return null;
    const record = await this.notes.findOneBy({ id });
    return record ? toNote(record) : null;
  }

  async deleteNote(id: string): Promise<void> {
    if (!isId(id)) return;
    await this.notes.delete({ id });
  }

  async notesOf(reportIds: string[]): Promise<ReportNote[]> {
    const valid = reportIds.filter(isId);
    if (valid.length === 0) return [];
    const records = await this.notes
      .createQueryBuilder('n')
      .where('n.reportId = ANY(:ids::bigint[])', { ids: valid })
      .orderBy('n.createdAt')
      .addOrderBy('n.id')
      .getMany();
    return records.map(toNote);
  }
}
