import { RegistrationRules } from '../../domain/accounts/index.js';

/** Registrations as configured by the environment (admin settings take over with issue 4). */
export class ConfigRegistrationRules extends RegistrationRules {
  constructor(private readonly config: { registrationsOpen: boolean; defaultLocale: string }) {
    super();
  }

  async allows(): Promise<boolean> {
    return this.config.registrationsOpen;
  }

  defaultLocale(): string {
    return this.config.defaultLocale;
  }
}
