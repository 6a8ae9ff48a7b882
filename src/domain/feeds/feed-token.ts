/**
 * A secret that opens an account's private "events I'm going to" feed. The token is the URL
 * secret itself and is shown again to its owner (`loggedUser.feedTokens`), so it is stored as is;
 * it carries 256 random bits, which is what makes it unguessable.
 */
export interface FeedToken {
  token: string;
  userId: string;
  /** Set: the feed lists only this identity's events; null: every identity of the account. */
  actorId: string | null;
  createdAt: Date;
}

/** Enough for every calendar app of a person; a bound so that nobody fills the table. */
export const MAX_FEED_TOKENS_PER_USER = 50;

/** Most entries any feed holds: calendar apps poll feeds, a feed must stay cheap to build. */
export const FEED_MAX_ENTRIES = 200;

/** The going feed keeps events that ended less than this long ago, so last week's stay visible. */
export const GOING_FEED_PAST_DAYS = 30;
