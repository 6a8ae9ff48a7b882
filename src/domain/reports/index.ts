export * from './report.js';
export * from './report.errors.js';
export * from './ports/report.repository.js';
export * from './ports/moderator-directory.js';
export * from './ports/reporting-settings.js';
export * from './ports/reported-comments.js';
export * from './use-cases/moderator.js';
export * from './use-cases/create-report.js';
export * from './use-cases/list-reports.js';
export * from './use-cases/view-report.js';
export * from './use-cases/update-report-status.js';
export * from './use-cases/create-report-note.js';
export * from './use-cases/delete-report-note.js';
export * from './use-cases/suspend-profile.js';
export * from './use-cases/unsuspend-profile.js';
export * from './use-cases/list-action-logs.js';
export * from './use-cases/send-report-email.js';
export * from './use-cases/notify-organizer-suspended.js';

/** Job names this module reacts to. */
export const REPORT_JOBS = {
  reportCreated: 'report.created',
  personSuspended: 'person.suspended',
  personUnsuspended: 'person.unsuspended',
} as const;
export * from './use-cases/comment-authors.js';
