import type { ParticipantStats, ParticipationRepository } from '../ports/participation.repository.js';

/** Counts by role: public, like the event (the caller already saw the event). */
export class CountParticipants {
  constructor(private readonly participations: ParticipationRepository) {}

  async execute(eventIds: string[]): Promise<Map<string, ParticipantStats>> {
    return this.participations.stats(eventIds);
  }
}
