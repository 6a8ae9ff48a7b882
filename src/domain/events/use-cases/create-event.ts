import { randomUUID } from 'node:crypto';
import { mediaClaimProblem, type InstanceIdentity, type MediaOwnership, type PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { EventError } from '../event.errors.js';
import { Event, type EventChanges } from '../event.js';
import type { EventRepository } from '../ports/event.repository.js';
import type { HtmlSanitizer } from '../ports/html-sanitizer.js';

export interface CreateEventCommand {
  userId: string;
  organizerActorId: string;
  title: string;
  beginsOn: Date;
  changes: EventChanges;
}

/** api.md: event creation is limited to 60 a minute per account. */
const CREATIONS_PER_MINUTE = 60;

export class CreateEvent {
  constructor(
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly media: MediaOwnership,
    private readonly sanitizer: HtmlSanitizer,
    private readonly instance: InstanceIdentity,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: CreateEventCommand): Promise<Result<Event, EventError>> {
    const organizer = await this.persons.findById(cmd.organizerActorId);
    if (!organizer || !organizer.isOwnedBy(cmd.userId)) return err({ type: 'identity-not-found' });
    if (organizer.isSuspended) return err({ type: 'identity-not-found' });
    if (!(await this.limiter.hit(`create-event:user:${cmd.userId}`, CREATIONS_PER_MINUTE, 60))) return err({ type: 'rate-limited' });
    const checked = await checkReferences(cmd.userId, organizer.id, cmd.changes, this.media, this.persons);
    if (checked.length > 0) return err({ type: 'invalid-fields', fields: checked });
    const changes = sanitized(cmd.changes, this.sanitizer);
    const created = Event.create(
      {
        id: await this.events.nextId(),
        uuid: randomUUID(),
        baseUrl: this.instance.baseUrl(),
        organizerActorId: organizer.id,
        title: cmd.title,
        beginsOn: cmd.beginsOn,
      },
      changes,
      this.clock.now(),
    );
    if ('problems' in created) return err({ type: 'invalid-fields', fields: created.problems });
    await this.events.save(created.event);
    return ok(created.event);
  }
}

export function sanitized(changes: EventChanges, sanitizer: HtmlSanitizer): EventChanges {
  return {
    ...changes,
    ...(changes.description !== undefined ? { description: sanitizer.sanitize(changes.description) } : {}),
    ...(changes.options?.program ? { options: { ...changes.options, program: sanitizer.sanitize(changes.options.program) } } : {}),
  };
}

/** Contacts must be identities that exist; the picture must be the caller's and shown by no other of its identities. */
export async function checkReferences(
  userId: string,
  organizerId: string,
  changes: EventChanges,
  media: MediaOwnership,
  persons: PersonRepository,
): Promise<{ field: string; message: string }[]> {
  const problems: { field: string; message: string }[] = [];
  for (const id of changes.contactIds ?? []) {
    if (!(await persons.findById(id))) {
      problems.push({ field: 'contacts', message: 'Unknown contact' });
      break;
    }
  }
  // Last: the claim ties the picture to the organizer.
  if (changes.pictureId && problems.length === 0) {
    const problem = mediaClaimProblem('picture', await media.claim(changes.pictureId, userId, organizerId));
    if (problem) problems.push(problem);
  }
  return problems;
}
