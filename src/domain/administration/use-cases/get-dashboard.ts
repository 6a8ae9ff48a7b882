import { ok, type Result } from '../../shared/index.js';
import type { UserRepository } from '../../accounts/index.js';
import type { Event, EventRepository } from '../../events/index.js';
import type { AdministrationError } from '../administration.errors.js';
import type { DashboardFigures, InstanceStatistics } from '../ports/instance-statistics.js';
import { staffMember } from './staff.js';

export interface Dashboard extends DashboardFigures {
  lastPublicEvent: Event | null;
}

/** `dashboard`: administrators only. */
export class GetDashboard {
  constructor(
    private readonly users: UserRepository,
    private readonly statistics: InstanceStatistics,
    private readonly events: EventRepository,
  ) {}

  async execute(cmd: { actingUserId: string | null }): Promise<Result<Dashboard, AdministrationError>> {
    const admin = await staffMember(this.users, cmd.actingUserId, 'ADMINISTRATOR');
    if (!admin.ok) return admin;
    const figures = await this.statistics.dashboard();
    const lastPublicEvent = figures.lastPublicEventId ? await this.events.findById(figures.lastPublicEventId) : null;
    return ok({ ...figures, lastPublicEvent });
  }
}
