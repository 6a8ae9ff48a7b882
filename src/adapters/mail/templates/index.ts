import type { Email, EmailTemplate } from '../../../domain/shared/ports/mailer.js';
import { accountExists } from './account-exists.js';
import { accountConfirmedByAdmin } from './account-confirmed-by-admin.js';
import { emailChangedByAdmin } from './email-changed-by-admin.js';
import { roleChanged } from './role-changed.js';
import { emailChangeConfirm } from './email-change-confirm.js';
import { emailChangeTaken } from './email-change-taken.js';
import { emailChangedOld } from './email-changed-old.js';
import { passwordReset } from './password-reset.js';
import { registrationConfirmation } from './registration-confirmation.js';
import { anonymousParticipationConfirmation } from './anonymous-participation-confirmation.js';
import { participationApproved } from './participation-approved.js';
import { participationConfirmed } from './participation-confirmed.js';
import { participationPending } from './participation-pending.js';
import { participationRejected } from './participation-rejected.js';
import { dailyDigest } from './daily-digest.js';
import { eventCancelled } from './event-cancelled.js';
import { eventReminder } from './event-reminder.js';
import { eventUpdated } from './event-updated.js';
import { pendingParticipationsDigest } from './pending-participations-digest.js';
import { weeklyDigest } from './weekly-digest.js';
import { eventAnnouncement } from './event-announcement.js';
import { reportCreated } from './report-created.js';
import { participationCancelledOrganizerSuspended } from './participation-cancelled-organizer-suspended.js';
import type { MailTemplateDefinition } from './types.js';

export type EmailData<T extends EmailTemplate> = Extract<Email, { template: T }>['data'];

// One row per template of the Mailer port; the mapped type makes a missing row a compile error.
export const mailTemplates: { [T in EmailTemplate]: MailTemplateDefinition<EmailData<T>> } = {
  'registration-confirmation': registrationConfirmation,
  'account-exists': accountExists,
  'password-reset': passwordReset,
  'email-changed-old': emailChangedOld,
  'email-change-confirm': emailChangeConfirm,
  'email-change-taken': emailChangeTaken,
  'role-changed': roleChanged,
  'account-confirmed-by-admin': accountConfirmedByAdmin,
  'email-changed-by-admin': emailChangedByAdmin,
  'participation-approved': participationApproved,
  'participation-rejected': participationRejected,
  'participation-confirmed': participationConfirmed,
  'anonymous-participation-confirmation': anonymousParticipationConfirmation,
  'participation-pending': participationPending,
  'event-updated': eventUpdated,
  'event-cancelled': eventCancelled,
  'event-reminder': eventReminder,
  'daily-digest': dailyDigest,
  'weekly-digest': weeklyDigest,
  'pending-participations-digest': pendingParticipationsDigest,
  'report-created': reportCreated,
  'participation-cancelled-organizer-suspended': participationCancelledOrganizerSuspended,
  'event-announcement': eventAnnouncement,
};

export { buttonPartial, layoutHtml, layoutStrings } from './layout.js';
export * from './types.js';
