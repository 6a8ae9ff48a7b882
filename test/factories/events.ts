import { Event, type EventChanges, type EventRepository } from '../../src/domain/events/index.js';
import type { Clock } from '../../src/domain/shared/index.js';

let seq = 0;

/** A published event ("Picnic", 1 June 2026) organized by `organizerActorId`, saved in the fake. */
export async function makeEvent(
  deps: { events: EventRepository; clock: Clock },
  organizerActorId: string,
  changes: EventChanges = {},
): Promise<Event> {
  const created = Event.create(
    {
      id: await deps.events.nextId(),
      uuid: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
      baseUrl: 'https://x.test',
      organizerActorId,
      title: 'Picnic',
      beginsOn: new Date('2026-06-01T10:00:00Z'),
    },
    changes,
    deps.clock.now(),
  );
  if ('problems' in created) throw new Error(JSON.stringify(created.problems));
  await deps.events.save(created.event);
  return created.event;
}
