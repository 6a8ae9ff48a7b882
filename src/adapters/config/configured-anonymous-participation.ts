import type { InstanceSettingsStore } from '../../domain/administration/index.js';
import { AnonymousParticipation, type AnonymousParticipationSettings } from '../../domain/participations/index.js';

/** The admin setting (ANONYMOUS_PARTICIPATION by default) and the instance's anonymous actor. */
export class ConfiguredAnonymousParticipation extends AnonymousParticipation {
  constructor(
    private readonly store: InstanceSettingsStore,
    // The actor comes from the database (TypeOrmAnonymousActor); only its id matters here.
    private readonly actor: { actorId(): Promise<string | null> },
  ) {
    super();
  }

  async settings(): Promise<AnonymousParticipationSettings> {
    const [settings, actorId] = await Promise.all([this.store.load(), this.actor.actorId()]);
    return { allowed: settings.anonymousParticipation, actorId };
  }
}
