// The `Config` object of Mobilizon's API and everything only it reaches. Every field is nullable,
// as in Mobilizon's schema.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InstancePrivacyType, InstanceTermsType, MediaObject, TimezoneScalar } from '../shared/common-types.js';
import type { InstanceSettings } from '../../../domain/administration/index.js';

export enum RoutingType {
  OPENSTREETMAP = 'OPENSTREETMAP',
  GOOGLE_MAPS = 'GOOGLE_MAPS',
}
registerEnumType(RoutingType, {
  name: 'RoutingType',
  valuesMap: {
    OPENSTREETMAP: { description: "Redirect to openstreetmap.org's direction endpoint" },
    GOOGLE_MAPS: { description: "Redirect to Google Maps's direction endpoint" },
  },
});

export enum AnalyticsConfigurationType {
  STRING = 'STRING',
  INTEGER = 'INTEGER',
  BOOLEAN = 'BOOLEAN',
  FLOAT = 'FLOAT',
}
registerEnumType(AnalyticsConfigurationType, { name: 'AnalyticsConfigurationType' });

const opt = { nullable: true } as const;
const optList = { nullable: 'itemsAndList' } as const;

@ObjectType('EventCategoryOption')
export class EventCategoryOptionObject {
  @Field(() => String, { ...opt, description: 'The ID of the event category' })
  id: string;

  @Field(() => String, { ...opt, description: 'The translated name of the event category' })
  label: string;
}

@ObjectType('Lonlat')
export class LonlatObject {
  @Field(() => Float, opt)
  longitude: number | null;

  @Field(() => Float, opt)
  latitude: number | null;
}

@ObjectType('Geocoding', { description: 'Instance geocoding configuration' })
export class GeocodingObject {
  @Field(() => Boolean, { ...opt, description: 'Whether autocomplete in address fields can be enabled' })
  autocomplete: boolean;

  @Field(() => String, { ...opt, description: 'The geocoding provider' })
  provider: string | null;
}

@ObjectType('Tiles', { description: 'Instance map tiles configuration' })
export class TilesObject {
  @Field(() => String, opt)
  endpoint: string;

  @Field(() => String, opt)
  attribution: string;
}

@ObjectType('Routing', { description: 'Instance map routing configuration' })
export class RoutingObject {
  @Field(() => RoutingType, opt)
  type: RoutingType;
}

@ObjectType('Maps', { description: 'Instance maps configuration' })
export class MapsObject {
  @Field(() => TilesObject, opt)
  tiles: TilesObject;

  @Field(() => RoutingObject, opt)
  routing: RoutingObject;
}

@ObjectType('AnonymousParticipationValidationEmail')
export class AnonymousParticipationValidationEmailObject {
  @Field(() => Boolean, opt)
  enabled: boolean;

  @Field(() => Boolean, opt)
  confirmationRequired: boolean;
}

@ObjectType('AnonymousParticipationValidationCaptcha')
export class AnonymousParticipationValidationCaptchaObject {
  @Field(() => Boolean, opt)
  enabled: boolean;
}

@ObjectType('AnonymousParticipationValidation')
export class AnonymousParticipationValidationObject {
  @Field(() => AnonymousParticipationValidationEmailObject, opt)
  email: AnonymousParticipationValidationEmailObject;

  @Field(() => AnonymousParticipationValidationCaptchaObject, opt)
  captcha: AnonymousParticipationValidationCaptchaObject;
}

@ObjectType('AnonymousParticipation')
export class AnonymousParticipationObject {
  @Field(() => Boolean, opt)
  allowed: boolean;

  @Field(() => AnonymousParticipationValidationObject, opt)
  validation: AnonymousParticipationValidationObject;
}

@ObjectType('AnonymousEventCreationValidationEmail')
export class AnonymousEventCreationValidationEmailObject {
  @Field(() => Boolean, opt)
  enabled: boolean;

  @Field(() => Boolean, opt)
  confirmationRequired: boolean;
}

@ObjectType('AnonymousEventCreationValidationCaptcha')
export class AnonymousEventCreationValidationCaptchaObject {
  @Field(() => Boolean, opt)
  enabled: boolean;
}

@ObjectType('AnonymousEventCreationValidation')
export class AnonymousEventCreationValidationObject {
  @Field(() => AnonymousEventCreationValidationEmailObject, opt)
  email: AnonymousEventCreationValidationEmailObject;

  @Field(() => AnonymousEventCreationValidationCaptchaObject, opt)
  captcha: AnonymousEventCreationValidationCaptchaObject;
}

@ObjectType('AnonymousEventCreation')
export class AnonymousEventCreationObject {
  @Field(() => Boolean, opt)
  allowed: boolean;

  @Field(() => AnonymousEventCreationValidationObject, opt)
  validation: AnonymousEventCreationValidationObject;
}

@ObjectType('AnonymousReports')
export class AnonymousReportsObject {
  @Field(() => Boolean, opt)
  allowed: boolean;
}

@ObjectType('Anonymous', { description: 'Instance anonymous configuration' })
export class AnonymousObject {
  @Field(() => AnonymousParticipationObject, opt)
  participation: AnonymousParticipationObject;

  @Field(() => AnonymousEventCreationObject, opt)
  eventCreation: AnonymousEventCreationObject;

  @Field(() => AnonymousReportsObject, opt)
  reports: AnonymousReportsObject;

  @Field(() => ID, { ...opt, description: 'The actor ID that should be used to perform anonymous actions' })
  actorId: string | null;
}

@ObjectType('ResourceProvider')
export class ResourceProviderObject {
  @Field(() => String, opt)
  type: string;

  @Field(() => String, opt)
  endpoint: string;

  @Field(() => String, opt)
  software: string;
}

@ObjectType('UploadLimits', { description: 'An upload limits configuration' })
export class UploadLimitsObject {
  @Field(() => Int, { ...opt, description: 'The default limitation, in bytes' })
  default: number;

  @Field(() => Int, { ...opt, description: 'The avatar limitation, in bytes' })
  avatar: number;

  @Field(() => Int, { ...opt, description: 'The banner limitation, in bytes' })
  banner: number;
}

@ObjectType('Features')
export class FeaturesObject {
  @Field(() => Boolean, opt)
  groups: boolean;

  @Field(() => Boolean, opt)
  eventCreation: boolean;

  @Field(() => Boolean, opt)
  eventExternal: boolean;

  @Field(() => Boolean, opt)
  antispam: boolean;
}

@ObjectType('Restrictions')
export class RestrictionsObject {
  @Field(() => Boolean, opt)
  onlyAdminCanCreateGroups: boolean;

  @Field(() => Boolean, opt)
  onlyGroupsCanCreateEvents: boolean;
}

@ObjectType('Terms', { description: "The instance's terms configuration" })
export class TermsObject {
  @Field(() => String, opt)
  url: string | null;

  @Field(() => InstanceTermsType, opt)
  type: InstanceTermsType;

  @Field(() => String, opt)
  bodyHtml: string | null;
}

@ObjectType('Privacy', { description: "The instance's privacy policy configuration" })
export class PrivacyObject {
  @Field(() => String, opt)
  url: string | null;

  @Field(() => InstancePrivacyType, opt)
  type: InstancePrivacyType;

  @Field(() => String, opt)
  bodyHtml: string | null;
}

@ObjectType('OauthProvider')
export class OauthProviderObject {
  @Field(() => String, opt)
  id: string;

  @Field(() => String, opt)
  label: string;
}

@ObjectType('Auth', { description: "The instance's auth configuration" })
export class AuthObject {
  @Field(() => Boolean, opt)
  ldap: boolean;

  @Field(() => Boolean, opt)
  databaseLogin: boolean;

  @Field(() => [OauthProviderObject], optList)
  oauthProviders: OauthProviderObject[];
}

@ObjectType('InstanceFeeds')
export class InstanceFeedsObject {
  @Field(() => Boolean, opt)
  enabled: boolean;
}

@ObjectType('WebPush')
export class WebPushObject {
  @Field(() => Boolean, opt)
  enabled: boolean;

  @Field(() => String, { ...opt, description: "The server's public WebPush VAPID key" })
  publicKey: string | null;
}

@ObjectType('ExportFormats')
export class ExportFormatsObject {
  @Field(() => [String], { ...optList, description: 'The list of formats the event participants can be exported to' })
  eventParticipants: string[];
}

@ObjectType('AnalyticsConfiguration')
export class AnalyticsConfigurationObject {
  @Field(() => String, opt)
  key: string;

  @Field(() => String, opt)
  value: string | null;

  @Field(() => AnalyticsConfigurationType, opt)
  type: AnalyticsConfigurationType;
}

@ObjectType('Analytics')
export class AnalyticsObject {
  @Field(() => String, opt)
  id: string;

  @Field(() => Boolean, opt)
  enabled: boolean;

  @Field(() => [AnalyticsConfigurationObject], optList)
  configuration: AnalyticsConfigurationObject[];
}

@ObjectType('GlobalSearchSettings')
export class GlobalSearchSettingsObject {
  @Field(() => Boolean, opt)
  isEnabled: boolean;

  @Field(() => Boolean, opt)
  isDefault: boolean;
}

@ObjectType('SearchSettings')
export class SearchSettingsObject {
  @Field(() => GlobalSearchSettingsObject, opt)
  global: GlobalSearchSettingsObject;
}

/** `terms` and `privacy` take a locale: they are resolved by `ConfigResolver` from `settings`. */
@ObjectType('Config', { description: 'A config object' })
export class ConfigObject {
  /** Not a GraphQL field: what the argument-taking fields are computed from. */
  settings: InstanceSettings;

  @Field(() => String, { ...opt, description: "The instance's name" })
  name: string;

  @Field(() => String, { ...opt, description: "The instance's short description" })
  description: string;

  @Field(() => String, { ...opt, description: "The instance's long description" })
  longDescription: string;

  @Field(() => String, { ...opt, description: "The instance's slogan" })
  slogan: string | null;

  @Field(() => String, { ...opt, description: "The instance's contact details" })
  contact: string | null;

  @Field(() => [String], { ...optList, description: "The instance's admins languages" })
  languages: string[];

  @Field(() => [EventCategoryOptionObject], { ...optList, description: 'The instance list of event categories possibilities' })
  eventCategories: EventCategoryOptionObject[];

  @Field(() => Boolean, { ...opt, description: 'Whether the registrations are opened' })
  registrationsOpen: boolean;

  @Field(() => Boolean, { ...opt, description: 'Whether the registration are on an allowlist' })
  registrationsAllowlist: boolean;

  @Field(() => Boolean, { ...opt, description: 'Whether the demo mode is enabled' })
  demoMode: boolean;

  @Field(() => Boolean, { ...opt, description: 'Whether the long events mode is enabled' })
  longEvents: boolean;

  @Field(() => Int, { ...opt, description: 'Events longer than this duration are considered long events' })
  durationOfLongEvent: number;

  @Field(() => String, { ...opt, description: 'The country code from the IP' })
  countryCode: string | null;

  @Field(() => LonlatObject, { ...opt, description: "The IP's location" })
  location: LonlatObject | null;

  @Field(() => GeocodingObject, opt)
  geocoding: GeocodingObject;

  @Field(() => MapsObject, opt)
  maps: MapsObject;

  @Field(() => AnonymousObject, opt)
  anonymous: AnonymousObject;

  @Field(() => [ResourceProviderObject], optList)
  resourceProviders: ResourceProviderObject[];

  @Field(() => UploadLimitsObject, opt)
  uploadLimits: UploadLimitsObject;

  @Field(() => [TimezoneScalar], { ...optList, description: "The instance's available timezones" })
  timezones: string[];

  @Field(() => FeaturesObject, opt)
  features: FeaturesObject;

  @Field(() => RestrictionsObject, opt)
  restrictions: RestrictionsObject;

  @Field(() => String, { ...opt, description: "The instance's version" })
  version: string;

  @Field(() => Boolean, { ...opt, description: 'Whether this instance is federating' })
  federating: boolean;

  @Field(() => MediaObject, { ...opt, description: "The instance's logo" })
  instanceLogo: MediaObject | null;

  @Field(() => MediaObject, { ...opt, description: 'The default picture' })
  defaultPicture: MediaObject | null;

  @Field(() => String, opt)
  primaryColor: string | null;

  @Field(() => String, opt)
  secondaryColor: string | null;

  @Field(() => String, { ...opt, description: "The instance's rules" })
  rules: string;

  @Field(() => AuthObject, opt)
  auth: AuthObject;

  @Field(() => InstanceFeedsObject, opt)
  instanceFeeds: InstanceFeedsObject;

  @Field(() => WebPushObject, opt)
  webPush: WebPushObject;

  @Field(() => ExportFormatsObject, opt)
  exportFormats: ExportFormatsObject;

  @Field(() => [AnalyticsObject], optList)
  analytics: AnalyticsObject[];

  @Field(() => SearchSettingsObject, opt)
  search: SearchSettingsObject;
}
