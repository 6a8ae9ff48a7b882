/** Someone who moderates the instance, as far as email goes. */
export interface ModeratorRecipient {
  userId: string;
  email: string;
  locale: string;
}

export abstract class ModeratorDirectory {
  /** Every confirmed, enabled account with the MODERATOR or ADMINISTRATOR role. */
  abstract recipients(): Promise<ModeratorRecipient[]>;
}
