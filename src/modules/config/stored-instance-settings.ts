import { InstanceSettingsSource, type InstanceSettings } from '../../adapters/graphql/config/instance-settings.js';
import { CONVENE_VERSION } from '../../adapters/graphql/config/version.js';
import type { InstanceSettingsStore } from '../../domain/administration/index.js';
import type { AnonymousParticipation } from '../../domain/participations/index.js';
import type { AppConfig } from './app-config.js';
import { geocodingSettings } from '../geocoding.module.js';

/**
 * `config` as the administrators left it: the saved settings are read from the database on each
 * query, so a change shows at once in every process; the rest comes from the environment.
 */
export class StoredInstanceSettings extends InstanceSettingsSource {
  constructor(
    private readonly config: AppConfig,
    private readonly store: InstanceSettingsStore,
    private readonly anonymous: AnonymousParticipation,
  ) {
    super();
  }

  override async current(): Promise<InstanceSettings> {
    const c = this.config;
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
      uploadLimits: { default: c.uploads.mediaBytes, avatar: c.uploads.avatarBytes, banner: c.uploads.bannerBytes },
      baseUrl: c.baseUrl,
      version: CONVENE_VERSION,
      defaultLocale: c.defaultLocale,
      geocoding: geocodingSettings(c),
    };
  }
}
