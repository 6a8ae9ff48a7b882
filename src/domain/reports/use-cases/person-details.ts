import type { Person } from '../../identities/index.js';

/** What the moderation log keeps of a suspended or unsuspended identity. */
export function personDetails(person: Person): Record<string, unknown> {
  const s = person.snapshot();
  return { preferredUsername: s.preferredUsername, domain: s.domain, name: s.name };
}
