import type { Participation } from '../../../domain/participations/index.js';
import type { Page } from '../../../domain/shared/index.js';
import { ParticipantObject, type PaginatedParticipantListObject, type ParticipantRoleValue } from './participant.graphql.js';

export function toParticipantObject(p: Participation, cancellationToken: string | null = null): ParticipantObject {
  const s = p.snapshot();
  return Object.assign(new ParticipantObject(), {
    id: s.id,
    // INVITED is never created here (invitations are not built); the schema has no such value.
    role: (s.role === 'INVITED' ? 'NOT_APPROVED' : s.role) as ParticipantRoleValue,
    // The cancellation secret only in the answer to the anonymous participant who joined.
    metadata: { cancellationToken, message: s.message, locale: s.anonymous?.locale ?? null },
    insertedAt: s.createdAt,
    event: null,
    actor: null,
    eventId: s.eventId,
    actorId: s.actorId,
  });
}

export function toParticipantPage(page: Page<Participation>): PaginatedParticipantListObject {
  return { total: page.total, elements: page.elements.map((p) => toParticipantObject(p)) };
}
