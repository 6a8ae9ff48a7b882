// What the instance knows about itself right now (admin settings + boot configuration). The config
// resolver reads it on every `config` query so admin changes show up without a restart.
import type { PolicyKind } from '../instance-settings.js';

export interface InstanceSettings {
  name: string;
  description: string;
  longDescription: string;
  slogan: string | null;
  contact: string | null;
  registrationsOpen: boolean;
  /** Registrations limited to an allowlist of emails/domains. */
  registrationsAllowlist: boolean;
  anonymousParticipation: { allowed: boolean; emailConfirmationRequired: boolean };
  anonymousReports: boolean;
  /** The internal actor anonymous participations and reports are made as (null: none yet). */
  anonymousActorId: string | null;
  rules: string;
  termsType: PolicyKind;
  termsUrl: string | null;
  termsContent: string | null;
  privacyType: PolicyKind;
  privacyUrl: string | null;
  privacyContent: string | null;
  /** Languages the admins speak (ISO 639-1 codes). */
  languages: string[];
  primaryColor: string | null;
  secondaryColor: string | null;
  /** In bytes. */
  uploadLimits: { default: number; avatar: number; banner: number };
  baseUrl: string;
  version: string;
  defaultLocale: string;
  /** The configured geocoder; absent or null: none, addresses are typed in full. */
  geocoding?: { provider: string; autocomplete: boolean } | null;
}

/** Bound by the wiring to the real source (environment + admin settings). */
export abstract class InstanceSettingsSource {
  abstract current(): Promise<InstanceSettings>;
}
