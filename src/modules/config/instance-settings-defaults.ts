import type { AdminSettings } from '../../domain/administration/index.js';
import type { AppConfig } from './app-config.js';

/** What a fresh instance answers until an administrator saves settings: the environment's choices. */
export function defaultAdminSettings(c: AppConfig): AdminSettings {
  return {
    name: c.instanceName,
    description: 'A Convene instance: events and groups, federated.',
    longDescription: '',
    slogan: null,
    contact: null,
    rules: '',
    terms: { type: 'DEFAULT', url: null, content: null },
    privacy: { type: 'DEFAULT', url: null, content: null },
    registrationsOpen: c.registrationsOpen,
    registrationAllowlist: [],
    anonymousParticipation: c.anonymousParticipation,
    anonymousReports: false,
    languages: ['en', 'fr'],
    primaryColor: null,
    secondaryColor: null,
    logoId: null,
    faviconId: null,
    defaultPictureId: null,
  };
}
