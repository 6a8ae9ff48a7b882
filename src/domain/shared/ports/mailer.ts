// What the domain asks to send; the adapter picks templates (HTML + text, per locale) and transport.
import type { NotificationEmail } from './notification-emails.js';

export type { EmailEventListItem, NotificationEmail } from './notification-emails.js';

/** A file sent with an email (e.g. an event's .ics). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** What participation emails say about their event. */
export interface EmailEventData {
  eventTitle: string;
  eventUuid: string;
  /** Already formatted for the reader's locale and time zone. */
  when: string;
}

export type Email = (
  | { template: 'registration-confirmation'; to: string; locale: string; data: { token: string } }
  | { template: 'account-exists'; to: string; locale: string; data: Record<string, never> }
  | { template: 'password-reset'; to: string; locale: string; data: { token: string } }
  | { template: 'email-changed-old'; to: string; locale: string; data: { newEmail: string } }
  | { template: 'email-change-confirm'; to: string; locale: string; data: { token: string } }
  | { template: 'participation-approved'; to: string; locale: string; data: EmailEventData & { participantName: string } }
  | { template: 'participation-rejected'; to: string; locale: string; data: EmailEventData & { participantName: string } }
  | { template: 'participation-confirmed'; to: string; locale: string; data: EmailEventData & { approvalRequired: boolean; cancellationToken: string } }
  | { template: 'anonymous-participation-confirmation'; to: string; locale: string; data: EmailEventData & { token: string; hours: number } }
  | { template: 'participation-pending'; to: string; locale: string; data: EmailEventData & { participantName: string; pendingCount: number } }
  | NotificationEmail
) & { attachments?: EmailAttachment[] };

export type EmailTemplate = Email['template'];

export abstract class Mailer {
  abstract send(email: Email): Promise<void>;
}
