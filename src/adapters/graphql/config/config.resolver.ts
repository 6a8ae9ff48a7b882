import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InstancePrivacyType, InstanceTermsType } from '../shared/common-types.js';
import { AnalyticsObject, ConfigObject, PrivacyObject, RoutingType, TermsObject } from './config.types.js';
import { InstanceSettingsSource, type PolicyKind, type InstanceSettings } from '../../../domain/administration/index.js';
import { EVENT_CATEGORIES, LONG_EVENT_DAYS, MAP_TILES, PARTICIPANT_EXPORT_FORMATS, TIMEZONES, defaultPolicyHtml } from './static-data.js';

interface Policy {
  type: PolicyKind;
  url: string | null;
  bodyHtml: string | null;
}

// URL without a URL, or CUSTOM without a text, would leave the client with nothing to show:
// fall back to the default text then.
export function resolvePolicy(kind: 'terms' | 'privacy', settings: InstanceSettings, locale: string | null | undefined): Policy {
  const type = kind === 'terms' ? settings.termsType : settings.privacyType;
  const url = kind === 'terms' ? settings.termsUrl : settings.privacyUrl;
  const content = kind === 'terms' ? settings.termsContent : settings.privacyContent;
  if (type === 'URL' && url) return { type, url, bodyHtml: null };
  if (type === 'CUSTOM' && content) return { type, url: null, bodyHtml: content };
  return {
    type: 'DEFAULT',
    url: null,
    bodyHtml: defaultPolicyHtml(kind, locale ?? settings.defaultLocale, settings.name, settings.baseUrl),
  };
}

/** Maps what the instance knows to Mobilizon's `Config` shape; everything else is Convene's fixed offer. */
export function toConfig(settings: InstanceSettings): ConfigObject {
  const anonymousParticipation = settings.anonymousParticipation;
  return {
    settings,
    name: settings.name,
    description: settings.description,
    longDescription: settings.longDescription,
    slogan: settings.slogan,
    contact: settings.contact,
    languages: [...settings.languages],
    eventCategories: EVENT_CATEGORIES.map((c) => ({ ...c })),
    registrationsOpen: settings.registrationsOpen,
    registrationsAllowlist: settings.registrationsAllowlist,
    demoMode: false,
    longEvents: true,
    durationOfLongEvent: LONG_EVENT_DAYS,
    // No IP geolocation database: the client then falls back to its own defaults.
    countryCode: null,
    location: null,
    // Without a geocoding service addresses are typed in full, no autocomplete.
    geocoding: settings.geocoding ? { ...settings.geocoding } : { autocomplete: false, provider: null },
    maps: { tiles: { ...MAP_TILES }, routing: { type: RoutingType.OPENSTREETMAP } },
    anonymous: {
      participation: {
        allowed: anonymousParticipation.allowed,
        validation: {
          email: { enabled: anonymousParticipation.allowed, confirmationRequired: anonymousParticipation.emailConfirmationRequired },
          captcha: { enabled: false },
        },
      },
      eventCreation: {
        allowed: false,
        validation: { email: { enabled: false, confirmationRequired: false }, captcha: { enabled: false } },
      },
      reports: { allowed: settings.anonymousReports },
      actorId: settings.anonymousActorId,
    },
    resourceProviders: [],
    uploadLimits: { ...settings.uploadLimits },
    timezones: [...TIMEZONES],
    features: { groups: false, eventCreation: true, eventExternal: false, antispam: false },
    restrictions: { onlyAdminCanCreateGroups: false, onlyGroupsCanCreateEvents: false },
    version: settings.version,
    federating: true,
    // No logo/default picture media can be set yet.
    instanceLogo: null,
    defaultPicture: null,
    primaryColor: settings.primaryColor,
    secondaryColor: settings.secondaryColor,
    rules: settings.rules,
    auth: { ldap: false, databaseLogin: true, oauthProviders: [] },
    instanceFeeds: { enabled: true },
    webPush: { enabled: false, publicKey: null },
    exportFormats: { eventParticipants: [...PARTICIPANT_EXPORT_FORMATS] },
    analytics: [] as AnalyticsObject[],
    search: { global: { isEnabled: false, isDefault: false } },
  };
}

@Resolver(() => ConfigObject)
export class ConfigResolver {
  // Explicit token: tsx (used to run the app) emits no decorator metadata.
  constructor(@Inject(InstanceSettingsSource) private readonly settings: InstanceSettingsSource) {}

  @Query(() => ConfigObject, { name: 'config', nullable: true, description: 'Get the instance config' })
  async config(): Promise<ConfigObject> {
    return toConfig(await this.settings.current());
  }

  @ResolveField('terms', () => TermsObject, { nullable: true, description: "The instance's terms" })
  terms(
    @Parent() config: ConfigObject,
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) locale: string | null,
  ): TermsObject {
    const p = resolvePolicy('terms', config.settings, locale);
    return { ...p, type: InstanceTermsType[p.type] };
  }

  @ResolveField('privacy', () => PrivacyObject, { nullable: true, description: "The instance's privacy policy" })
  privacy(
    @Parent() config: ConfigObject,
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) locale: string | null,
  ): PrivacyObject {
    const p = resolvePolicy('privacy', config.settings, locale);
    return { ...p, type: InstancePrivacyType[p.type] };
  }
}
