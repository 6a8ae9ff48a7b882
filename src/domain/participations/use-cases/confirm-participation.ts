import type { EventRepository } from '../../events/index.js';
import { err, ok, type Clock, type Result, type TokenGenerator } from '../../shared/index.js';
import type { ParticipationError } from '../participation.errors.js';
import type { Participation } from '../participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import { saveError } from './shared.js';

/** The emailed link of an anonymous participation was opened. The secret works once, until it expires. */
export class ConfirmParticipation {
  constructor(
    private readonly events: EventRepository,
    private readonly participations: ParticipationRepository,
    private readonly tokens: TokenGenerator,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { token: string }): Promise<Result<Participation, ParticipationError>> {
    if (!cmd.token || cmd.token.length > 200) return err({ type: 'invalid-token' });
    const digest = this.tokens.digest(cmd.token);
    const participation = await this.participations.findByConfirmationDigest(digest);
    const event = participation ? await this.events.findById(participation.eventId) : null;
    if (!participation || !event) return err({ type: 'invalid-token' });
    if (event.status === 'CANCELLED') return err({ type: 'event-cancelled' });
    const refused = participation.confirm(digest, event.joinOptions !== 'FREE', this.clock.now());
    if (refused) return err(refused);
    // Saved only if still unconfirmed: a second use of the same link meanwhile is a conflict.
    const failure = saveError(await this.participations.save(participation));
    if (failure) return err(failure.type === 'conflict' ? { type: 'invalid-token' } : failure);
    return ok(participation);
  }
}
