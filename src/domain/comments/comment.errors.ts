export type CommentError =
  | { type: 'invalid-fields'; fields: { field: string; message: string }[] }
  /** Also for events the caller may not see, so ids cannot be probed. */
  | { type: 'event-not-found' }
  /** Also for comments under an event the caller may not see. */
  | { type: 'comment-not-found' }
  /** The account has no identity to speak as. */
  | { type: 'no-identity' }
  | { type: 'identity-suspended' }
  /** The event's comment moderation is CLOSED and the author is not its organizer. */
  | { type: 'comments-closed' }
  /** MODERATED and the author is not its organizer (see docs/adr/0008-comment-moderation.md). */
  | { type: 'comments-moderated' }
  | { type: 'announcement-not-allowed' }
  /** Editing someone else's comment, or deleting it without being its event's organizer or a moderator. */
  | { type: 'not-allowed' }
  | { type: 'comment-deleted' }
  | { type: 'rate-limited' };
