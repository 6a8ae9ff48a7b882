import { ReportingSettings, type AnonymousReportSettings } from '../../../domain/reports/index.js';

/** Whether anonymous reports are allowed (the admin settings) and the instance's anonymous actor. */
export class ConfiguredReportingSettings extends ReportingSettings {
  constructor(
    private readonly allowed: () => boolean | Promise<boolean>,
    private readonly anonymousActorId: () => Promise<string | null>,
  ) {
    super();
  }

  async anonymousReports(): Promise<AnonymousReportSettings> {
    const allowed = await this.allowed();
    return { allowed, actorId: allowed ? await this.anonymousActorId() : null };
  }
}
