export * from './feed-token.js';
export * from './feed.errors.js';
export * from './ports/feed-token.repository.js';
export * from './ports/going-events.js';
export * from './use-cases/manage-feed-tokens.js';
export * from './use-cases/read-feeds.js';
