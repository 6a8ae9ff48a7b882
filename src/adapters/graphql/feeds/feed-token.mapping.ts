import type { FeedToken } from '../../../domain/feeds/index.js';
import type { PersonRepository } from '../../../domain/identities/index.js';
import { FeedTokenObject, UserObject } from '../accounts/user.graphql.js';
import { PersonObject } from '../identities/person.graphql.js';

/** GraphQL FeedTokens of one account (`user`), their identities loaded in one query. */
export async function feedTokenObjects(
  tokens: FeedToken[],
  user: UserObject | null,
  persons: PersonRepository,
): Promise<FeedTokenObject[]> {
  const actorIds = [...new Set(tokens.map((t) => t.actorId).filter((id): id is string => id !== null))];
  const actors = new Map((actorIds.length > 0 ? await persons.findByIds(actorIds) : []).map((p) => [p.id, PersonObject.from(p)]));
  return tokens.map((t) =>
    Object.assign(new FeedTokenObject(), { token: t.token, actor: t.actorId ? (actors.get(t.actorId) ?? null) : null, user }),
  );
}
