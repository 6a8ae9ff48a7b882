import type { Page, PageRequest } from '../../shared/index.js';
import type { Report, ReportNote, ReportStatus } from '../report.js';

export interface ReportFilter {
  status: ReportStatus | null;
  /** The reported identity's domain (remote instances); null: any. */
  domain: string | null;
}

export abstract class ReportRepository {
  abstract nextId(): Promise<string>;
  abstract findById(id: string): Promise<Report | null>;
  /** Saves the report and its pending domain events (outbox) atomically. */
  abstract save(report: Report): Promise<void>;
  /** Newest first. */
  abstract list(filter: ReportFilter, page: PageRequest): Promise<Page<Report>>;
  abstract addNote(note: Omit<ReportNote, 'id'>): Promise<ReportNote>;
  abstract findNote(id: string): Promise<ReportNote | null>;
  abstract deleteNote(id: string): Promise<void>;
  /** The notes of several reports, oldest first. */
  abstract notesOf(reportIds: string[]): Promise<ReportNote[]>;
}
