/** Who may open an account here (instance settings; closed registrations, allow-lists). */
export abstract class RegistrationRules {
  abstract allows(email: string): Promise<boolean>;
  abstract defaultLocale(): string;
}
