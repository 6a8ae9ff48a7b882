import { Event, EventRepository, type EventQuery, type TagView, type EventDomainEvent } from '../../src/domain/events/index.js';
import { organizerParticipation, type UnnumberedParticipation } from '../../src/domain/participations/index.js';
import type { Page, PageRequest, RecordedEvent } from '../../src/domain/shared/index.js';

/** Events kept in a Map, copied in and out as the database would; `outbox` collects saved events. */
export class InMemoryEventRepository extends EventRepository {
  readonly rows = new Map<string, Event>();
  readonly outbox: RecordedEvent<EventDomainEvent>[] = [];
  /**
   * Where a new event's organizer participation goes, as the Postgres adapter inserts it with the
   * event; the participations fake attaches itself here (none: the test does not look).
   */
  participations: { insertNumbered(p: UnnumberedParticipation): void } | null = null;
  private seq = 1000;

  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async findByIds(ids: string[]): Promise<Event[]> {
    return ids
      .map((id) => this.rows.get(id))
      .filter((e): e is Event => e !== undefined)
      .map((e) => Event.restore(e.snapshot()));
  }
  async findById(id: string): Promise<Event | null> {
    const found = this.rows.get(id);
    return found ? Event.restore(found.snapshot()) : null;
  }
  async findByUuid(uuid: string): Promise<Event | null> {
    const found = [...this.rows.values()].find((e) => e.uuid === uuid);
    return found ? Event.restore(found.snapshot()) : null;
  }
  async save(event: Event): Promise<void> {
    const inserted = !this.rows.has(event.id);
    this.rows.set(event.id, Event.restore(event.snapshot()));
    if (inserted) this.participations?.insertNumbered(organizerParticipation(event.snapshot()));
    this.outbox.push(...event.pullEvents());
  }
  async delete(event: Event): Promise<void> {
    this.rows.delete(event.id);
    this.outbox.push(...event.pullEvents());
  }
  async find(query: EventQuery, page: PageRequest): Promise<Page<Event>> {
    const all = [...this.rows.values()].filter(
      (e) =>
        (query.drafts ? e.isDraft : !e.isDraft) &&
        (!query.listedOnly || e.isListed()) &&
        (!query.organizerActorIds || query.organizerActorIds.includes(e.organizerActorId)),
    );
    const elements = all
      .sort((a, b) => a.beginsOn.getTime() - b.beginsOn.getTime())
      .slice((page.page - 1) * page.limit, page.page * page.limit);
    return { total: all.length, elements: elements.map((e) => Event.restore(e.snapshot())) };
  }
  async tags(): Promise<TagView[]> {
    return [];
  }
  async tagsOf(eventIds: string[]): Promise<Map<string, TagView[]>> {
    return new Map(eventIds.map((id) => [id, []]));
  }
}
