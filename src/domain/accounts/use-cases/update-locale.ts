import { err, ok, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { supportedLocale } from '../credentials.js';
import type { UserRepository } from '../ports/user.repository.js';
import type { User } from '../user.js';

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
