// What the domain asks to send; the adapter picks templates (HTML + text, per locale) and transport.

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

/** One event of a digest; `when` and `where` already formatted for the reader. */
export interface EmailEventListItem extends EmailEventData {
  where: string;
}

export type Email = (
  | { template: 'registration-confirmation'; to: string; locale: string; data: { token: string } }
  | { template: 'account-exists'; to: string; locale: string; data: Record<string, never> }
  | { template: 'password-reset'; to: string; locale: string; data: { token: string } }
  | { template: 'email-changed-old'; to: string; locale: string; data: { newEmail: string } }
  | { template: 'email-change-confirm'; to: string; locale: string; data: { token: string } }
  | { template: 'email-change-taken'; to: string; locale: string; data: Record<string, never> }
  // Administration (src/domain/administration): what an administrator changed on the account.
  | { template: 'role-changed'; to: string; locale: string; data: { role: string } }
  | { template: 'account-confirmed-by-admin'; to: string; locale: string; data: Record<string, never> }
  | { template: 'email-changed-by-admin'; to: string; locale: string; data: { oldEmail: string; newEmail: string; toNewAddress: boolean } }
  | { template: 'participation-approved'; to: string; locale: string; data: EmailEventData & { participantName: string } }
  | { template: 'participation-rejected'; to: string; locale: string; data: EmailEventData & { participantName: string } }
  | {
      template: 'participation-confirmed';
      to: string;
      locale: string;
      data: EmailEventData & { approvalRequired: boolean; cancellationToken: string };
    }
  | {
      template: 'anonymous-participation-confirmation';
      to: string;
      locale: string;
      data: EmailEventData & { token: string; hours: number };
    }
  | {
      template: 'participation-pending';
      to: string;
      locale: string;
      data: EmailEventData & { participantName: string; pendingCount: number };
    }
  // Notifications (src/domain/notifications)
  | { template: 'event-updated'; to: string; locale: string; data: EmailEventData & { where: string; changed: string[]; status: string } }
  | { template: 'event-cancelled'; to: string; locale: string; data: EmailEventData }
  | { template: 'event-reminder'; to: string; locale: string; data: EmailEventData & { where: string } }
  | { template: 'daily-digest'; to: string; locale: string; data: { day: string; events: EmailEventListItem[] } }
  | { template: 'weekly-digest'; to: string; locale: string; data: { weekOf: string; events: EmailEventListItem[] } }
  | {
      template: 'pending-participations-digest';
      to: string;
      locale: string;
      data: { total: number; events: (EmailEventListItem & { count: number })[] };
    }
  // Reports and moderation (src/domain/reports)
  | {
      template: 'report-created';
      to: string;
      locale: string;
      data: { reportId: string; reportedName: string; content: string; eventTitles: string[]; commentCount: number };
    }
  | { template: 'participation-cancelled-organizer-suspended'; to: string; locale: string; data: EmailEventData }
  // Comments (src/domain/comments): the organizer's announcement, `message` in plain text.
  | { template: 'event-announcement'; to: string; locale: string; data: EmailEventData & { organizerName: string; message: string } }
) & { attachments?: EmailAttachment[] };

export type EmailTemplate = Email['template'];

export abstract class Mailer {
  abstract send(email: Email): Promise<void>;
}
