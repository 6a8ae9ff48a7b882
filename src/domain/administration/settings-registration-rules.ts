import { RegistrationRules } from '../accounts/index.js';
import { registrationAllowed } from './instance-settings.js';
import type { InstanceSettingsStore } from './ports/instance-settings-store.js';

/** Sign-up follows the saved admin settings: open, or closed except for the allow-list. */
export class SettingsRegistrationRules extends RegistrationRules {
  constructor(
    private readonly store: InstanceSettingsStore,
    private readonly locale: string,
  ) {
    super();
  }

  async allows(email: string): Promise<boolean> {
    return registrationAllowed(await this.store.load(), email);
  }

  defaultLocale(): string {
    return this.locale;
  }
}
