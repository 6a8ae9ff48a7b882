export type FeedError = { type: 'identity-not-found' } | { type: 'feed-token-not-found' } | { type: 'too-many-feed-tokens'; max: number };
