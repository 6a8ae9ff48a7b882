import { ok, type Result } from '../../shared/index.js';
import type { UserRepository } from '../../accounts/index.js';
import type { AdministrationError } from '../administration.errors.js';
import type { AdminSettings } from '../instance-settings.js';
import type { InstanceSettingsStore } from '../ports/instance-settings-store.js';
import { staffMember } from './staff.js';

/** `adminSettings`: administrators only. */
export class GetAdminSettings {
  constructor(
    private readonly users: UserRepository,
    private readonly store: InstanceSettingsStore,
  ) {}

  async execute(cmd: { actingUserId: string | null }): Promise<Result<AdminSettings, AdministrationError>> {
    const admin = await staffMember(this.users, cmd.actingUserId, 'ADMINISTRATOR');
    if (!admin.ok) return admin;
    return ok(await this.store.load());
  }
}
