import { RecordedEvents } from '../shared/index.js';
import type { ReportDomainEvent } from './report.domain-events.js';

export type ReportStatus = 'OPEN' | 'CLOSED' | 'RESOLVED';

/** What a reporter may write about what they report. */
export const REPORT_CONTENT_MAX = 5000;
export const NOTE_CONTENT_MAX = 5000;

export interface ReportState {
  id: string;
  uuid: string;
  url: string;
  /** An identity of the reporter's account, or the instance's anonymous actor. */
  reporterActorId: string;
  reportedActorId: string;
  content: string;
  /** Only events organized by the reported identity. */
  eventIds: string[];
  /** Only comments written by the reported identity (when comments can be checked). */
  commentIds: string[];
  /** Whether the reporter asked to forward the report to the reported identity's instance. */
  forward: boolean;
  status: ReportStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** A moderator's annotation on a report. */
export interface ReportNote {
  id: string;
  reportId: string;
  moderatorActorId: string;
  content: string;
  createdAt: Date;
}

/** A report to the moderators about an identity and some of its content. */
export class Report {
  private readonly recorded = new RecordedEvents<ReportDomainEvent>();

  private constructor(private state: ReportState) {}

  static create(input: Omit<ReportState, 'status' | 'createdAt' | 'updatedAt' | 'url'> & { baseUrl: string }, now: Date): Report {
    const { baseUrl, ...rest } = input;
    const report = new Report({ ...rest, url: `${baseUrl}/report/${input.uuid}`, status: 'OPEN', createdAt: now, updatedAt: now });
    report.recorded.record('report.created', { reportId: input.id }, now);
    return report;
  }

  static restore(state: ReportState): Report {
    return new Report({ ...state, eventIds: [...state.eventIds], commentIds: [...state.commentIds] });
  }

  get id(): string {
    return this.state.id;
  }
  get status(): ReportStatus {
    return this.state.status;
  }
  get reporterActorId(): string {
    return this.state.reporterActorId;
  }
  get reportedActorId(): string {
    return this.state.reportedActorId;
  }

  snapshot(): Readonly<ReportState> {
    return { ...this.state, eventIds: [...this.state.eventIds], commentIds: [...this.state.commentIds] };
  }

  /** false when the report already had this status (nothing to record). */
  changeStatus(status: ReportStatus, now: Date): boolean {
    if (status === this.state.status) return false;
    this.state.status = status;
    this.state.updatedAt = now;
    return true;
  }

  pullEvents() {
    return this.recorded.pull();
  }
}
