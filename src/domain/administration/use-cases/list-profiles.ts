import { ok, pageRequest, type Page, type Result } from '../../shared/index.js';
import type { UserRepository } from '../../accounts/index.js';
import type { Person, PersonRepository } from '../../identities/index.js';
import type { AdministrationError } from '../administration.errors.js';
import type { InstanceStatistics, ProfileFilter } from '../ports/instance-statistics.js';
import { staffMember } from './staff.js';

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
