import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { AccountError } from '../account.errors.js';
import { LOCALES, emailProblem, normalizeEmail, passwordProblem } from '../credentials.js';
import type { PasswordHasher } from '../ports/password-hasher.js';
import type { RegistrationRules } from '../ports/registration-rules.js';
import type { UserRepository } from '../ports/user.repository.js';
import { USER_ROLES, User, type UserRole } from '../user.js';

export interface CreateUserByAdminCommand {
  email: string;
  password: string;
  /** USER when absent. */
  role?: string | null;
  /** The instance's default locale when absent. */
  locale?: string | null;
}

type Field = { field: string; message: string };

export function roleProblem(role: string): string | null {
  return (USER_ROLES as readonly string[]).includes(role) ? null : `Role must be one of ${USER_ROLES.join(', ')}`;
}

export function localeProblem(locale: string): string | null {
  return (LOCALES as readonly string[]).includes(locale) ? null : `Locale must be one of ${LOCALES.join(', ')}`;
}

/**
 * An account opened by whoever runs the instance (the admin CLI): confirmed at once, with any role,
 * even when registrations are closed — this is how a fresh instance gets its first administrator.
 * The password rules are the ones of sign-up.
 */
export class CreateUserByAdmin {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly rules: RegistrationRules,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: CreateUserByAdminCommand): Promise<Result<User, AccountError>> {
    const email = normalizeEmail(cmd.email);
    const role = cmd.role ?? 'USER';
    const locale = cmd.locale ?? this.rules.defaultLocale();
    const fields = [
      { field: 'email', message: emailProblem(email) },
      { field: 'password', message: passwordProblem(cmd.password) },
      { field: 'role', message: roleProblem(role) },
      { field: 'locale', message: localeProblem(locale) },
    ].filter((f): f is Field => f.message !== null);
    if (fields.length > 0) return err({ type: 'invalid-fields', fields });
    // Unlike sign-up, the operator may know which addresses have accounts.
    if (await this.users.findByEmail(email)) return err({ type: 'email-taken' });

    const passwordHash = await this.hasher.hash(cmd.password);
    const user = User.register(
      { id: await this.users.nextId(), email, passwordHash, locale, role: role as UserRole, confirmed: true },
      this.clock.now(),
    );
    await this.users.save(user);
    return ok(user);
  }
}
