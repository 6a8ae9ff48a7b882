export * from './comment.js';
export * from './comment.errors.js';
export * from './comment-access.js';
export * from './ports/comment.repository.js';
export * from './use-cases/create-comment.js';
export * from './use-cases/update-comment.js';
export * from './use-cases/delete-comment.js';
export * from './use-cases/view-comments.js';
export * from './use-cases/send-comment-announcement.js';

/** Domain events of comments (= job names); only `comment.announced` has a side effect (email). */
export const COMMENT_SILENT_EVENTS = ['comment.created', 'comment.updated', 'comment.deleted'] as const;
