import type { AdminSettings } from '../instance-settings.js';

/** Where the admin settings live; a fresh instance answers its configured defaults. */
export abstract class InstanceSettingsStore {
  abstract load(): Promise<AdminSettings>;
  abstract save(settings: AdminSettings): Promise<void>;
}
