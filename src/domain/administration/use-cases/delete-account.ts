import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { invalid, type AccountError, type PasswordHasher, type UserRepository } from '../../accounts/index.js';
import { actingIdentityId, type PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';

export interface DeleteAccountCommand {
  /** Who asks. */
  actingUserId: string;
  /** Whose account; another's only for administrators. */
  userId?: string | null;
  password?: string | null;
}

export class DeleteAccount {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly actionLog: ActionLog,
    private readonly persons: PersonRepository,
  ) {}

  async execute(cmd: DeleteAccountCommand): Promise<Result<{ id: string }, AccountError>> {
    const actor = await this.users.findById(cmd.actingUserId);
    if (!actor) return err({ type: 'user-not-found' });
    const targetId = cmd.userId ?? actor.id;
    if (targetId !== actor.id) {
      if (actor.role !== 'ADMINISTRATOR') return err({ type: 'unauthorized' });
    } else if (!cmd.password || !(await this.hasher.verify(actor.passwordHash, cmd.password))) {
      return err(invalid('password', 'The password is invalid'));
    }
    const target = targetId === actor.id ? actor : await this.users.findById(targetId);
    if (!target) return err({ type: 'user-not-found' });
    // An administrator deleting another's account leaves a trail, under one of their identities.
    const byAdmin = target.id !== actor.id;
    const adminActorId = byAdmin ? await actingIdentityId(actor, this.persons) : null;
    if (byAdmin && !adminActorId) return err({ type: 'identity-not-found' });
    const now = this.clock.now();
    const identities = byAdmin ? (await this.persons.findByUser(target.id)).map((p) => p.preferredUsername) : [];
    target.markDeleted(now);
    await this.users.delete(target);
    if (byAdmin) {
      await this.actionLog.record({
        moderatorActorId: adminActorId!,
        action: 'USER_DELETION',
        objectType: 'User',
        objectId: target.id,
        details: { email: target.email, identities },
        createdAt: now,
      });
    }
    return ok({ id: target.id });
  }
}
