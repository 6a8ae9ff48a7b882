import { InstanceSettingsSource, type InstanceSettings, type InstanceSettingsStore } from '../../domain/administration/index.js';
import type { AnonymousParticipation } from '../../domain/participations/index.js';

/** What the environment fixes at boot (the wiring reads it from the configuration). */
export type BootSettings = Pick<InstanceSettings, 'uploadLimits' | 'baseUrl' | 'version' | 'defaultLocale' | 'geocoding'>;

/**
 * `config` as the administrators left it: the saved settings are read from the database on each
 * query, so a change shows at once in every process; the rest comes from the environment.
 */
export class StoredInstanceSettings extends InstanceSettingsSource {
  constructor(
    private readonly boot: BootSettings,
    private readonly store: InstanceSettingsStore,
    private readonly anonymous: AnonymousParticipation,
  ) {
    super();
  }

  override async current(): Promise<InstanceSettings> {
    const c = this.boot;
    const [s, anonymous] = await Promise.all([this.store.load(), this.anonymous.settings()]);
    return {
      name: s.name,
      description: s.description,
      longDescription: s.longDescription,
      slogan: s.slogan,
      contact: s.contact,
      registrationsOpen: s.registrationsOpen,
      registrationsAllowlist: s.registrationAllowlist.length > 0,
      // Without the anonymous actor (its name held by an account) nobody can participate anonymously.
      anonymousParticipation: { allowed: anonymous.allowed && anonymous.actorId !== null, emailConfirmationRequired: true },
      anonymousReports: s.anonymousReports && anonymous.actorId !== null,
      anonymousActorId: anonymous.actorId,
      rules: s.rules,
      termsType: s.terms.type,
      termsUrl: s.terms.url,
      termsContent: s.terms.content,
      privacyType: s.privacy.type,
      privacyUrl: s.privacy.url,
      privacyContent: s.privacy.content,
      languages: [...s.languages],
      primaryColor: s.primaryColor,
      secondaryColor: s.secondaryColor,
      uploadLimits: { ...c.uploadLimits },
      baseUrl: c.baseUrl,
      version: c.version,
      defaultLocale: c.defaultLocale,
      geocoding: c.geocoding,
    };
  }
}
