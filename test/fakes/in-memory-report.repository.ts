import { Report, ReportRepository, type ReportFilter, type ReportNote, type ReportDomainEvent } from '../../src/domain/reports/index.js';
import type { Page, PageRequest, RecordedEvent } from '../../src/domain/shared/index.js';

export class InMemoryReportRepository extends ReportRepository {
  readonly rows = new Map<string, Report>();
  readonly notes = new Map<string, ReportNote>();
  readonly outbox: RecordedEvent<ReportDomainEvent>[] = [];
  private seq = 0;
  private noteSeq = 0;

  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async findById(id: string): Promise<Report | null> {
    const found = this.rows.get(id);
    return found ? Report.restore(found.snapshot()) : null;
  }
  async save(report: Report): Promise<void> {
    this.rows.set(report.id, Report.restore(report.snapshot()));
    this.outbox.push(...report.pullEvents());
  }
  async list(filter: ReportFilter, page: PageRequest): Promise<Page<Report>> {
    const all = [...this.rows.values()].filter((r) => !filter.status || r.status === filter.status).reverse();
    return {
      total: all.length,
      elements: all.slice((page.page - 1) * page.limit, page.page * page.limit).map((r) => Report.restore(r.snapshot())),
    };
  }
  async addNote(note: Omit<ReportNote, 'id'>): Promise<ReportNote> {
    const stored = { ...note, id: String(++this.noteSeq) };
    this.notes.set(stored.id, stored);
    return { ...stored };
  }
  async findNote(id: string): Promise<ReportNote | null> {
    const found = this.notes.get(id);
    return found ? { ...found } : null;
  }
  async deleteNote(id: string): Promise<void> {
    this.notes.delete(id);
  }
  async notesOf(reportIds: string[]): Promise<ReportNote[]> {
    return [...this.notes.values()].filter((n) => reportIds.includes(n.reportId));
  }
}
