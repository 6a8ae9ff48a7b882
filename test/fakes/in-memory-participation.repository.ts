import type { ParticipationDomainEvent } from '../../src/domain/participations/index.js';
import {
  Participation,
  ParticipationRepository,
  type ParticipantRole,
  type ParticipantStats,
  type ParticipationWindow,
  type SaveOutcome,
  type UnnumberedParticipation,
  SEAT_ROLE,
  seatsLeft,
  statsOf,
} from '../../src/domain/participations/index.js';
import type { Page, PageRequest, RecordedEvent } from '../../src/domain/shared/index.js';
import type { InMemoryEventRepository } from './in-memory-event.repository.js';

/** Participations in a Map, with the Postgres adapter's rules: capacity, uniqueness, stale updates. */
export class InMemoryParticipationRepository extends ParticipationRepository {
  readonly rows = new Map<string, Participation>();
  readonly outbox: RecordedEvent<ParticipationDomainEvent>[] = [];
  private seq = 0;

  constructor(private readonly events: InMemoryEventRepository) {
    super();
    events.participations = this;
  }

  /** A participation stored with its event (the organizer's), numbered apart from the others. */
  insertNumbered(p: UnnumberedParticipation): void {
    const id = `c${p.eventId}`;
    this.rows.set(id, Participation.restore({ id, ...p }));
  }

  private copy(p: Participation | undefined): Participation | null {
    return p ? Participation.restore(p.snapshot()) : null;
  }
  private all(): Participation[] {
    return [...this.rows.values()];
  }

  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async findById(id: string): Promise<Participation | null> {
    return this.copy(this.rows.get(id));
  }
  async findByActor(eventId: string, actorId: string): Promise<Participation | null> {
    return this.copy(this.all().find((p) => p.eventId === eventId && p.actorId === actorId && !p.isAnonymous));
  }
  async findAnonymous(eventId: string, actorId: string, email: string): Promise<Participation | null> {
    return this.copy(this.all().find((p) => p.eventId === eventId && p.actorId === actorId && p.email === email));
  }
  async findByConfirmationDigest(digest: string): Promise<Participation | null> {
    return this.copy(this.all().find((p) => p.snapshot().anonymous?.confirmation?.digest === digest));
  }
  async findByCancellationDigest(eventId: string, digest: string): Promise<Participation | null> {
    return this.copy(this.all().find((p) => p.eventId === eventId && p.mayBeCancelledWith(digest)));
  }

  async save(participation: Participation): Promise<SaveOutcome> {
    if (participation.claimsSeat) {
      const event = await this.events.findById(participation.eventId);
      if (!event) return 'conflict';
      const taken = this.all().filter((p) => p.eventId === event.id && p.role === SEAT_ROLE).length;
      if (seatsLeft(event.options.maximumAttendeeCapacity, taken) === 0) return 'event-full';
    }
    const stored = this.rows.get(participation.id);
    if (participation.isNew) {
      const twin = this.all().find(
        (p) => p.eventId === participation.eventId && p.actorId === participation.actorId && p.email === participation.email,
      );
      if (twin) return 'duplicate';
    } else if (!stored || stored.role !== participation.roleAsLoaded) {
      return 'conflict';
    }
    this.rows.set(participation.id, Participation.restore(participation.snapshot()));
    this.outbox.push(...participation.pullEvents());
    return 'saved';
  }

  async delete(participation: Participation): Promise<void> {
    this.rows.delete(participation.id);
    this.outbox.push(...participation.pullEvents());
  }

  async countByRole(eventId: string, role: ParticipantRole): Promise<number> {
    return this.all().filter((p) => p.eventId === eventId && p.role === role).length;
  }

  async stats(eventIds: string[]): Promise<Map<string, ParticipantStats>> {
    const result = new Map<string, ParticipantStats>();
    for (const id of eventIds) {
      const roles = this.all()
        .filter((p) => p.eventId === id)
        .map((p) => p.role);
      result.set(
        id,
        statsOf((role) => roles.filter((r) => r === role).length),
      );
    }
    return result;
  }

  private page(list: Participation[], page: PageRequest): Page<Participation> {
    return {
      total: list.length,
      elements: list.slice((page.page - 1) * page.limit, page.page * page.limit).map((p) => Participation.restore(p.snapshot())),
    };
  }

  async listForEvent(eventId: string, roles: ParticipantRole[], page: PageRequest): Promise<Page<Participation>> {
    return this.page(
      this.all().filter((p) => p.eventId === eventId && (roles.length === 0 || roles.includes(p.role))),
      page,
    );
  }

  async listForActor(actorId: string, eventId: string | null, page: PageRequest): Promise<Page<Participation>> {
    return this.page(
      this.all().filter((p) => p.actorId === actorId && (eventId === null || p.eventId === eventId)),
      page,
    );
  }

  async listForActors(actorIds: string[], window: ParticipationWindow, page: PageRequest): Promise<Page<Participation>> {
    const withEvents = await Promise.all(
      this.all()
        .filter((p) => actorIds.includes(p.actorId))
        .map(async (p) => ({ p, e: await this.events.findById(p.eventId) })),
    );
    const now = window.now.getTime();
    const end = (e: NonNullable<(typeof withEvents)[number]['e']>) => (e.endsOn ?? e.beginsOn).getTime();
    const kept = withEvents
      .filter(
        ({ e }) => e && !e.isDraft && (!window.after || e.beginsOn >= window.after) && (!window.before || e.beginsOn <= window.before),
      )
      .sort((a, b) => {
        const pastA = end(a.e!) < now,
          pastB = end(b.e!) < now;
        if (pastA !== pastB) return pastA ? 1 : -1;
        const diff = a.e!.beginsOn.getTime() - b.e!.beginsOn.getTime();
        return pastA ? -diff : diff;
      });
    return this.page(
      kept.map(({ p }) => p),
      page,
    );
  }
}
