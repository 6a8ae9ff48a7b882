import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { USER_ROLES, emailProblem, normalizeEmail, type User, type UserRepository, type UserRole } from '../../accounts/index.js';
import { actingIdentityId, type PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';
import type { AdministrationError } from '../administration.errors.js';
import { staffMember } from './staff.js';

export interface AdminUpdateUserCommand {
  actingUserId: string | null;
  userId: string;
  email?: string | null;
  role?: string | null;
  /** true confirms an unconfirmed account; false changes nothing (an account is never unconfirmed). */
  confirmed?: boolean | null;
  /** Whether the user is emailed about the changes. */
  notify?: boolean | null;
}

/** `adminUpdateUser`: role, email and confirmation of any account, by an administrator. */
export class AdminUpdateUser {
  constructor(
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly actionLog: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: AdminUpdateUserCommand): Promise<Result<User, AdministrationError>> {
    const admin = await staffMember(this.users, cmd.actingUserId, 'ADMINISTRATOR');
    if (!admin.ok) return admin;
    const email = cmd.email == null ? null : normalizeEmail(cmd.email);
    const fields = [
      { field: 'email', message: email === null ? null : emailProblem(email) },
      {
        field: 'role',
        message:
          cmd.role == null || (USER_ROLES as readonly string[]).includes(cmd.role) ? null : `Role must be one of ${USER_ROLES.join(', ')}`,
      },
    ].filter((f): f is { field: string; message: string } => f.message !== null);
    if (fields.length > 0) return err({ type: 'invalid-fields', fields });

    const user = await this.users.findById(cmd.userId);
    if (!user) return err({ type: 'user-not-found' });
    // The last administrator could demote themselves and leave nobody to run the instance.
    if (user.id === admin.value.id && cmd.role != null && cmd.role !== user.role) return err({ type: 'own-role' });
    if (email !== null && email !== user.email && (await this.users.findByEmail(email))) return err({ type: 'email-taken' });
    const actorId = await actingIdentityId(admin.value, this.persons);
    if (!actorId) return err({ type: 'no-identity' });

    const now = this.clock.now();
    const notify = cmd.notify === true;
    const before = { email: user.email, role: user.role, confirmed: user.isConfirmed };
    const changes: Record<string, unknown> = {};
    if (cmd.role != null && user.changeRoleByAdmin(cmd.role as UserRole, notify, now)) changes.role = { from: before.role, to: cmd.role };
    if (email !== null && user.changeEmailByAdmin(email, notify, now)) changes.email = { from: before.email, to: email };
    if (cmd.confirmed === true && user.confirmByAdmin(notify, now)) changes.confirmed = true;
    if (Object.keys(changes).length === 0) return ok(user);

    await this.users.save(user);
    await this.actionLog.record({
      moderatorActorId: actorId,
      action: 'USER_UPDATE',
      objectType: 'User',
      objectId: user.id,
      details: { ...changes, notify },
      createdAt: now,
    });
    return ok(user);
  }
}
