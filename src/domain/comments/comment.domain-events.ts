interface Base {
  commentId: string;
  eventId: string;
}

/** What a comment records; names are job names. */
export type CommentDomainEvent =
  | { name: 'comment.created'; payload: Base }
  /** An organizer's announcement to the participants (emailed). */
  | { name: 'comment.announced'; payload: Base }
  | { name: 'comment.updated'; payload: Base }
  | { name: 'comment.deleted'; payload: Base };
