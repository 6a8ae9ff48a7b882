// The trail of what moderators and administrators did: who, what, to which object, when.

/** Mobilizon's `ActionLogAction` values, plus Convene's administration actions. */
export type ModerationAction =
  | 'REPORT_UPDATE_CLOSED'
  | 'REPORT_UPDATE_OPENED'
  | 'REPORT_UPDATE_RESOLVED'
  | 'NOTE_CREATION'
  | 'NOTE_DELETION'
  | 'EVENT_DELETION'
  | 'COMMENT_DELETION'
  | 'EVENT_UPDATE'
  | 'ACTOR_SUSPENSION'
  | 'ACTOR_UNSUSPENSION'
  | 'USER_DELETION'
  // Not in Mobilizon's enum (its API shows them as the closest value or not at all): kept so the
  // trail is complete.
  | 'USER_UPDATE'
  | 'SETTINGS_UPDATE';

export type ActionObjectType = 'Report' | 'ReportNote' | 'Event' | 'Comment' | 'Person' | 'User' | 'Settings';

export interface ActionLogEntry {
  id: string;
  /** The identity the moderator acted as (their default identity). */
  moderatorActorId: string;
  action: ModerationAction;
  objectType: ActionObjectType;
  objectId: string;
  /** What the object was at the time (a title, a username, the changed fields…), for display
   * after the object itself is gone. */
  details: Record<string, unknown>;
  createdAt: Date;
}
