import type { Page, PageRequest } from '../../shared/index.js';

export interface DashboardFigures {
  users: number;
  localEvents: number;
  localComments: number;
  openReports: number;
  confirmedParticipationsToLocalEvents: number;
  /** The last published public local event. */
  lastPublicEventId: string | null;
}

export interface StatisticsFigures {
  users: number;
  events: number;
  localEvents: number;
  comments: number;
  localComments: number;
}

export interface ProfileFilter {
  /** Substrings, case-insensitive; empty: any. */
  preferredUsername: string;
  name: string;
  domain: string;
  local: boolean;
  suspended: boolean;
}

/** Counts and listings across modules, for the administrators' views. */
export abstract class InstanceStatistics {
  abstract dashboard(): Promise<DashboardFigures>;
  abstract statistics(): Promise<StatisticsFigures>;
  /** Published public events per category. */
  abstract categories(): Promise<{ key: string; number: number }[]>;
  /** Ids of the profiles (persons) matching, newest first. */
  abstract profiles(filter: ProfileFilter, page: PageRequest): Promise<Page<string>>;
}
