import { err, ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import type { User, UserRepository } from '../../accounts/index.js';
import type { Event, EventRepository } from '../../events/index.js';
import type { Person, PersonRepository } from '../../identities/index.js';
import type { AdministrationError } from '../administration.errors.js';
import type { DashboardFigures, InstanceStatistics, ProfileFilter, StatisticsFigures } from '../ports/instance-statistics.js';
import { staffMember } from './staff.js';

/** `user(id)`: any account, for moderators and administrators. */
export class ViewUser {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: { actingUserId: string | null; userId: string }): Promise<Result<User, AdministrationError>> {
    const staff = await staffMember(this.users, cmd.actingUserId, 'MODERATOR');
    if (!staff.ok) return staff;
    const user = await this.users.findById(cmd.userId);
    return user ? ok(user) : err({ type: 'user-not-found' });
  }
}

/** `persons`: the instance's profiles, for moderators and administrators. */
export class ListProfiles {
  constructor(
    private readonly users: UserRepository,
    private readonly statistics: InstanceStatistics,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: {
    actingUserId: string | null;
    filter: Partial<ProfileFilter>;
    page?: number | null;
    limit?: number | null;
  }): Promise<Result<Page<Person>, AdministrationError>> {
    const staff = await staffMember(this.users, cmd.actingUserId, 'MODERATOR');
    if (!staff.ok) return staff;
    const filter: ProfileFilter = {
      preferredUsername: cmd.filter.preferredUsername?.trim() ?? '',
      name: cmd.filter.name?.trim() ?? '',
      domain: cmd.filter.domain?.trim() ?? '',
      local: cmd.filter.local ?? true,
      suspended: cmd.filter.suspended ?? false,
    };
    const ids = await this.statistics.profiles(filter, pageRequest(cmd.page, cmd.limit));
    const byId = new Map((await this.persons.findByIds(ids.elements)).map((p) => [p.id, p]));
    return ok({ total: ids.total, elements: ids.elements.map((id) => byId.get(id)).filter((p): p is Person => p !== undefined) });
  }
}

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

/** `statistics` and `categoryStatistics`: public figures (the instance's about page shows them). */
export class GetStatistics {
  constructor(private readonly statistics: InstanceStatistics) {}

  execute(): Promise<StatisticsFigures> {
    return this.statistics.statistics();
  }

  categories(): Promise<{ key: string; number: number }[]> {
    return this.statistics.categories();
  }
}
