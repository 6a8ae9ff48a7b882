// What the domain asks to send; the adapter picks templates (HTML + text, per locale) and transport.
export type Email =
  | { template: 'registration-confirmation'; to: string; locale: string; data: { token: string } }
  | { template: 'account-exists'; to: string; locale: string; data: Record<string, never> }
  | { template: 'password-reset'; to: string; locale: string; data: { token: string } }
  | { template: 'email-changed-old'; to: string; locale: string; data: { newEmail: string } }
  | { template: 'email-change-confirm'; to: string; locale: string; data: { token: string } };

export type EmailTemplate = Email['template'];

export abstract class Mailer {
  abstract send(email: Email): Promise<void>;
}
