import type { MediaOwnership, PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import type { EventError } from '../event.errors.js';
import type { Event, EventChanges } from '../event.js';
import type { EventRepository } from '../ports/event.repository.js';
import type { HtmlSanitizer } from '../ports/html-sanitizer.js';
import { checkReferences, sanitized } from './create-event.js';

export class UpdateEvent {
  constructor(
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly media: MediaOwnership,
    private readonly sanitizer: HtmlSanitizer,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: {
    userId: string;
    eventId: string;
    organizerActorId?: string | null;
    changes: EventChanges;
  }): Promise<Result<Event, EventError>> {
    const event = await this.events.findById(cmd.eventId);
    const organizer = event ? await this.persons.findById(event.organizerActorId) : null;
    // Someone else's event answers like a missing one, unless it is public anyway.
    if (!event || !organizer) return err({ type: 'event-not-found' });
    if (!organizer.isOwnedBy(cmd.userId)) return err(event.isVisibleToEveryone() ? { type: 'not-organizer' } : { type: 'event-not-found' });
    // The organizer is fixed at creation (federation identifies the event by it).
    if (cmd.organizerActorId && cmd.organizerActorId !== event.organizerActorId)
      return err({ type: 'invalid-fields', fields: [{ field: 'organizerActorId', message: 'The organizer cannot be changed' }] });
    const problems = await checkReferences(cmd.userId, event.organizerActorId, cmd.changes, this.media, this.persons);
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });
    const invalid = event.update(sanitized(cmd.changes, this.sanitizer), this.clock.now());
    if (invalid.length > 0) {
      return err(invalid.some((p) => p.field === 'draft') ? { type: 'cannot-unpublish' } : { type: 'invalid-fields', fields: invalid });
    }
    await this.events.save(event);
    return ok(event);
  }
}
