import type { EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import type { Clock } from '../../shared/index.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import { hasEnded } from './shared.js';

const BATCH = 100;

/**
 * Job handler of `person.suspended`: a suspended identity no longer takes part in others'
 * upcoming events — its participations there are cancelled (its seats free up). Its own events
 * are hidden by the suspension itself. Safe to rerun.
 */
export class WithdrawSuspendedParticipant {
  constructor(
    private readonly persons: PersonRepository,
    private readonly participations: ParticipationRepository,
    private readonly events: EventRepository,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { personId: string }): Promise<number> {
    const person = await this.persons.findById(cmd.personId);
    if (!person?.isSuspended) return 0;
    const now = this.clock.now();
    // Collected first, then cancelled, so deletions do not shift the pages being read.
    const cancellable = [];
    for (let page = 1; ; page++) {
      const batch = await this.participations.listForActor(person.id, null, { page, limit: BATCH });
      const events = new Map((await this.events.findByIds(batch.elements.map((p) => p.eventId))).map((e) => [e.id, e]));
      cancellable.push(
        ...batch.elements.filter((p) => {
          const event = events.get(p.eventId);
          return p.role !== 'CREATOR' && event !== undefined && event.organizerActorId !== person.id && !hasEnded(event, now);
        }),
      );
      if (batch.elements.length < BATCH) break;
    }
    for (const participation of cancellable) {
      participation.leave(now);
      await this.participations.delete(participation);
    }
    return cancellable.length;
  }
}
