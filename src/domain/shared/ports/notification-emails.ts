// The emails of src/domain/notifications, part of the Mailer port's `Email` union (see mailer.ts).
import type { EmailEventData } from './mailer.js';

/** One event of a digest; `when` and `where` already formatted for the reader. */
export interface EmailEventListItem extends EmailEventData {
  where: string;
}

export type NotificationEmail =
  | { template: 'event-updated'; to: string; locale: string; data: EmailEventData & { where: string; changed: string[]; status: string } }
  | { template: 'event-cancelled'; to: string; locale: string; data: EmailEventData }
  | { template: 'event-reminder'; to: string; locale: string; data: EmailEventData & { where: string } }
  | { template: 'daily-digest'; to: string; locale: string; data: { day: string; events: EmailEventListItem[] } }
  | { template: 'weekly-digest'; to: string; locale: string; data: { weekOf: string; events: EmailEventListItem[] } }
  | { template: 'pending-participations-digest'; to: string; locale: string; data: { total: number; events: (EmailEventListItem & { count: number })[] } };
