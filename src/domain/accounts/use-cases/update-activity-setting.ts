import { err, ok, type Result } from '../../shared/index.js';
import { invalid, type AccountError } from '../account.errors.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { ActivitySetting } from '../user.js';

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
