/** The instance's side of anonymous reports: whether they are allowed, and the actor they are made as. */
export interface AnonymousReportSettings {
  allowed: boolean;
  /** The instance's `anonymous` actor; null when it does not exist (then nobody reports anonymously). */
  actorId: string | null;
}

export abstract class ReportingSettings {
  abstract anonymousReports(): Promise<AnonymousReportSettings>;
}
