/** The instance's side of anonymous participation: whether it is on, and the actor it is made as. */
export interface AnonymousParticipationSettings {
  allowed: boolean;
  /** The instance's `anonymous` actor (Mobilizon's `anonymousActorId`); null when it does not exist. */
  actorId: string | null;
}

export abstract class AnonymousParticipation {
  abstract settings(): Promise<AnonymousParticipationSettings>;
}
