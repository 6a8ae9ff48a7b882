import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { UserRepository } from '../../accounts/index.js';
import { actingIdentityId, type PersonRepository } from '../../identities/index.js';
import type { MediaRepository } from '../../media/index.js';
import type { ActionLog } from '../../moderation/index.js';
import type { AdministrationError } from '../administration.errors.js';
import {
  changedSettings,
  normalizeAllowlist,
  settingsProblems,
  type AdminSettings,
  type AdminSettingsChanges,
} from '../instance-settings.js';
import type { InstanceSettingsStore } from '../ports/instance-settings-store.js';
import { staffMember } from './staff.js';

/** `saveAdminSettings`: absent fields keep their value; the change is logged with what changed. */
export class SaveAdminSettings {
  constructor(
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly store: InstanceSettingsStore,
    private readonly media: MediaRepository,
    private readonly actionLog: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { actingUserId: string | null; changes: AdminSettingsChanges }): Promise<Result<AdminSettings, AdministrationError>> {
    const admin = await staffMember(this.users, cmd.actingUserId, 'ADMINISTRATOR');
    if (!admin.ok) return admin;
    const defined = Object.fromEntries(Object.entries(cmd.changes).filter(([, v]) => v !== undefined)) as AdminSettingsChanges;
    const before = await this.store.load();
    const after: AdminSettings = { ...before, ...defined };
    if (defined.registrationAllowlist) after.registrationAllowlist = normalizeAllowlist(defined.registrationAllowlist);
    if (defined.languages) after.languages = [...new Set(defined.languages.map((l) => l.trim().toLowerCase()).filter((l) => l !== ''))];
    const problems = settingsProblems(after);
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });
    for (const id of [after.logoId, after.faviconId, after.defaultPictureId]) {
      if (
        id !== null &&
        id !== before.logoId &&
        id !== before.faviconId &&
        id !== before.defaultPictureId &&
        !(await this.media.findById(id))
      ) {
        return err({ type: 'media-not-found' });
      }
    }
    const actorId = await actingIdentityId(admin.value, this.persons);
    if (!actorId) return err({ type: 'no-identity' });

    const changed = changedSettings(before, after);
    if (changed.length === 0) return ok(before);
    await this.store.save(after);
    await this.actionLog.record({
      moderatorActorId: actorId,
      action: 'SETTINGS_UPDATE',
      objectType: 'Settings',
      objectId: 'instance',
      details: { changed },
      createdAt: this.clock.now(),
    });
    return ok(after);
  }
}
