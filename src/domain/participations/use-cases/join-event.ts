import type { UserRepository } from '../../accounts/index.js';
import { maySee, viewerOf, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type RateLimiter, type Result, type TokenGenerator } from '../../shared/index.js';
import { ANONYMOUS_JOINS_PER_EMAIL, isEmail } from '../participation-policy.js';
import type { ParticipationError } from '../participation.errors.js';
import { MESSAGE_MAX, Participation } from '../participation.js';
import type { AnonymousParticipation } from '../ports/anonymous-participation.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';
import { joinRefusal, saveError } from './shared.js';

export interface JoinEventCommand {
  /** null when the caller is not logged in (anonymous participation only). */
  userId: string | null;
  eventId: string;
  actorId: string;
  email?: string | null;
  message?: string | null;
  locale?: string | null;
}

export interface Joined {
  participation: Participation;
  /** Anonymous participations: the secret that cancels it, for the caller only. */
  cancellationToken: string | null;
}

export class JoinEvent {
  constructor(
    private readonly events: EventRepository,
    private readonly participations: ParticipationRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly anonymous: AnonymousParticipation,
    private readonly tokens: TokenGenerator,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: JoinEventCommand): Promise<Result<Joined, ParticipationError>> {
    const message = cmd.message?.trim() || null;
    if (message && message.length > MESSAGE_MAX)
      return err({ type: 'invalid-fields', fields: [{ field: 'message', message: `At most ${MESSAGE_MAX} characters` }] });
    const settings = await this.anonymous.settings();
    const asAnonymous = settings.actorId !== null && cmd.actorId === settings.actorId;
    const viewer = await viewerOf(cmd.userId, this.users, this.persons);
    if (!asAnonymous) {
      if (!viewer) return err({ type: 'unauthenticated' });
      // Never trust an id from the client: the identity must be one of the caller's.
      if (!viewer.actorIds.includes(cmd.actorId)) return err({ type: 'identity-not-found' });
      // A suspended identity can no longer act.
      if ((await this.persons.findById(cmd.actorId))?.isSuspended) return err({ type: 'identity-not-found' });
    }
    const event = await this.events.findById(cmd.eventId);
    if (!event || !maySee(viewer, event)) return err({ type: 'event-not-found' });
    const refusal = joinRefusal(event);
    if (refusal) return err(refusal);
    const now = this.clock.now();

    if (asAnonymous) {
      if (!settings.allowed || !event.options.anonymousParticipation) return err({ type: 'anonymous-not-allowed' });
      const email = cmd.email?.trim().toLowerCase() ?? '';
      if (!isEmail(email))
        return err({ type: 'invalid-fields', fields: [{ field: 'email', message: 'A valid email address is required' }] });
      if (!(await this.limiter.hit(`join-anonymous:${email}`, ANONYMOUS_JOINS_PER_EMAIL.limit, ANONYMOUS_JOINS_PER_EMAIL.windowSeconds)))
        return err({ type: 'rate-limited' });
      if (await this.participations.findAnonymous(event.id, cmd.actorId, email)) return err({ type: 'already-participant' });
      const secret = this.tokens.secret();
      const participation = Participation.joinAnonymously(
        {
          id: await this.participations.nextId(),
          eventId: event.id,
          actorId: cmd.actorId,
          message,
          email,
          locale: cmd.locale?.trim().slice(0, 20) || null,
          cancellationDigest: this.tokens.digest(secret),
        },
        now,
      );
      const failure = saveError(await this.participations.save(participation));
      return failure ? err(failure) : ok({ participation, cancellationToken: secret });
    }

    // A clear answer for the common case; the unique index settles concurrent ones.
    if (await this.participations.findByActor(event.id, cmd.actorId)) return err({ type: 'already-participant' });
    const participation = Participation.join(
      { id: await this.participations.nextId(), eventId: event.id, actorId: cmd.actorId, message, approved: event.joinOptions === 'FREE' },
      now,
    );
    const failure = saveError(await this.participations.save(participation));
    return failure ? err(failure) : ok({ participation, cancellationToken: null });
  }
}
