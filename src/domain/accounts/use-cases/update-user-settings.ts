import { err, isTimeZone, ok, type Result } from '../../shared/index.js';
import { invalid, type AccountError } from '../account.errors.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { User, UserSettings } from '../user.js';

export class UpdateUserSettings {
  constructor(private readonly users: UserRepository) {}

  async execute(cmd: { userId: string; settings: Partial<UserSettings> }): Promise<Result<User, AccountError>> {
    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    const { timezone, location } = cmd.settings;
    if (timezone && !isTimeZone(timezone)) return err(invalid('timezone', 'Unknown timezone'));
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
