import type { Email, EmailTemplate } from '../../../domain/shared/ports/mailer.js';
import { accountExists } from './account-exists.js';
import { emailChangeConfirm } from './email-change-confirm.js';
import { emailChangedOld } from './email-changed-old.js';
import { passwordReset } from './password-reset.js';
import { registrationConfirmation } from './registration-confirmation.js';
import { anonymousParticipationConfirmation } from './anonymous-participation-confirmation.js';
import { participationApproved } from './participation-approved.js';
import { participationConfirmed } from './participation-confirmed.js';
import { participationPending } from './participation-pending.js';
import { participationRejected } from './participation-rejected.js';
import type { MailTemplateDefinition } from './types.js';

export type EmailData<T extends EmailTemplate> = Extract<Email, { template: T }>['data'];

// One row per template of the Mailer port; the mapped type makes a missing row a compile error.
export const mailTemplates: { [T in EmailTemplate]: MailTemplateDefinition<EmailData<T>> } = {
  'registration-confirmation': registrationConfirmation,
  'account-exists': accountExists,
  'password-reset': passwordReset,
  'email-changed-old': emailChangedOld,
  'email-change-confirm': emailChangeConfirm,
  'participation-approved': participationApproved,
  'participation-rejected': participationRejected,
  'participation-confirmed': participationConfirmed,
  'anonymous-participation-confirmation': anonymousParticipationConfirmation,
  'participation-pending': participationPending,
};

export { buttonPartial, layoutHtml, layoutStrings } from './layout.js';
export * from './types.js';
