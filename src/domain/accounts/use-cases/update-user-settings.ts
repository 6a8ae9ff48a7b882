import { err, ok, type Result } from '../../shared/index.js';
import { invalid, type AccountError } from '../account.errors.js';
import { supportedLocale } from '../credentials.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { ActivitySetting, User, UserSettings } from '../user.js';

const TIMEZONES = new Set(Intl.supportedValuesOf('timeZone'));

export function isTimezone(value: string): boolean {
  return TIMEZONES.has(value) || value === 'UTC' || value === 'Etc/UTC';
}

export class UpdateUserSettings {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: { userId: string; settings: Partial<UserSettings> }): Promise<Result<User, AccountError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    const { timezone, location } = cmd.settings;
    if (timezone && !isTimezone(timezone)) return err(invalid('timezone', 'Unknown timezone'));
    if (location) {
      if (location.range !== null && (location.range < 0 || location.range > 20000))
        return err(invalid('location.range', 'Range must be between 0 and 20000 km'));
      if (location.geohash !== null && !/^[0-9b-hjkmnp-z]{1,12}$/.test(location.geohash))
        return err(invalid('location.geohash', 'Not a geohash'));
      if (location.name !== null && location.name.length > 200) return err(invalid('location.name', 'Name is too long'));
    }
    user.updateSettings(cmd.settings);
    await this.users.save(user);
    return ok(user);
  }
}

export class UpdateLocale {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: { userId: string; locale: string | null | undefined }): Promise<Result<User, AccountError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    user.setLocale(supportedLocale(cmd.locale, user.locale));
    await this.users.save(user);
    return ok(user);
  }
}

const ACTIVITY_KEY = /^[a-z][a-z_]{0,63}$/;

export class UpdateActivitySetting {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: { userId: string; key: string; method: string; enabled: boolean }): Promise<Result<ActivitySetting, AccountError>> {
    if (!ACTIVITY_KEY.test(cmd.key)) return err(invalid('key', 'Unknown activity'));
    if (cmd.method !== 'email' && cmd.method !== 'push') return err(invalid('method', 'Method must be email or push'));
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    const setting: ActivitySetting = { key: cmd.key, method: cmd.method, enabled: cmd.enabled };
    user.setActivitySetting(setting);
    await this.users.save(user);
    return ok(setting);
  }
}
