// Every operation of the Mobilizon web client in the areas Convene implements must validate
// against Convene's running schema. Operations of areas still to come are listed with the reason.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildClientSchema, getIntrospectionQuery, parse, validate, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '../support/app.js';
import { hasClientOps, loadClientOperations } from '../support/client-ops.js';

/** Files whose every server operation must validate, except those listed in NOT_YET. */
const FILES = [
  'auth.graphql',
  'user.graphql',
  'config.graphql',
  'upload.graphql',
  'actor.graphql',
  'event.graphql',
  'search.graphql',
  'tags.graphql',
  'home.graphql',
  'address.graphql',
  'feed_tokens.graphql',
  'participant.graphql',
  'comment.graphql',
  'admin.graphql',
  'statistics.graphql',
  'report.graphql',
];

/** `file:CONST` → why it does not validate yet. Keep this list honest and short. */
const NOT_YET: Record<string, string> = {
  'report.graphql:REPORT': 'selects Comment.conversation: private messages (conversations) are not built yet',
  'report.graphql:UPDATE_REPORT': 'selects Comment.conversation: private messages (conversations) are not built yet',
  'report.graphql:LOGS': 'selects `... on Group`: groups are not built yet',
  'user.graphql:UNREAD_ACTOR_CONVERSATIONS_SUBSCRIPTION': 'subscriptions and conversations are not built yet',
  'actor.graphql:GET_PERSON': 'selects organizedEvents, participations and memberships: events (issue 3) and groups',
  'actor.graphql:LOGGED_USER_MEMBERSHIPS': 'groups are not built yet',
  'actor.graphql:PERSON_MEMBERSHIPS': 'groups are not built yet',
  'actor.graphql:PERSON_STATUS_GROUP': 'groups are not built yet',
  'actor.graphql:PERSON_GROUP_MEMBERSHIPS': 'groups are not built yet',
  'actor.graphql:GROUP_MEMBERSHIP_SUBSCRIPTION_CHANGED': 'subscriptions and groups are not built yet',
  'event.graphql:EVENT_PERSON_PARTICIPATION_SUBSCRIPTION_CHANGED': 'subscriptions are not built',
  'event.graphql:FETCH_GROUP_EVENTS': 'groups are not built yet',
  'event.graphql:EXPORT_EVENT_PARTICIPATIONS': 'exporting participant lists (CSV/PDF/ODS) is not built',
  'event.graphql:EVENT_CONVERSATIONS': 'private messages (conversations) are not built yet',
  'event.graphql:USER_CONVERSATIONS': 'private messages (conversations) are not built yet',
  'event.graphql:PROFILE_CONVERSATIONS': 'private messages (conversations) are not built yet',
  'search.graphql:SEARCH_EVENTS_AND_GROUPS': 'selects group results: groups are not built yet',
  'search.graphql:SEARCH_GROUPS': 'groups are not built yet',
  'search.graphql:SEARCH_PERSONS': 'searching profiles is a moderation tool (issue 4)',
  'search.graphql:SEARCH_PERSON_AND_GROUPS': 'groups are not built yet',
  'search.graphql:INTERACT': 'remote interaction comes with federation',
  'home.graphql:HOME_USER_QUERIES': 'selects followedGroupEvents (groups) and participations (being built)',
  'participant.graphql:LOGGED_USER_UPCOMING_EVENTS': 'selects followedGroupEvents: groups are not built yet',
  'admin.graphql:RELAY_FOLLOWERS': 'relays and instance follows come with federation',
  'admin.graphql:RELAY_FOLLOWINGS': 'relays and instance follows come with federation',
  'admin.graphql:INSTANCE': 'the known-instances view comes with federation',
  'admin.graphql:INSTANCES': 'the known-instances view comes with federation',
  'admin.graphql:ADD_INSTANCE': 'relays and instance follows come with federation',
  'admin.graphql:REMOVE_RELAY': 'relays and instance follows come with federation',
  'admin.graphql:ACCEPT_RELAY': 'relays and instance follows come with federation',
  'admin.graphql:REJECT_RELAY': 'relays and instance follows come with federation',
};

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('compatibility test skipped: ../shared/mobilizon/client-ops is absent');

/** graphql-js 16 does not check that the schema has the operation's root type; we do. */
function problems(schema: GraphQLSchema, document: string): string[] {
  const ast = parse(document);
  const errors = validate(schema, ast).map((e) => e.message);
  for (const def of ast.definitions) {
    if (def.kind === 'OperationDefinition' && !schema.getRootType(def.operation)) errors.push(`the schema has no ${def.operation} type`);
  }
  return errors;
}

run('the Mobilizon web client operations validate against the running schema', () => {
  let app: TestApp;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    app = await startTestApp();
    const res = await app.client().gql<IntrospectionQuery>(getIntrospectionQuery());
    expect(res.errors).toBeUndefined();
    schema = buildClientSchema(res.data);
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const file of hasClientOps ? FILES : []) {
    const ops = [...loadClientOperations(file).values()].filter((op) => !op.clientOnly);
    for (const op of ops) {
      const key = `${file}:${op.constName}`;
      if (NOT_YET[key]) {
        it.skip(`${key} — not yet: ${NOT_YET[key]}`, () => {});
        continue;
      }
      it(`${key} validates`, () => {
        expect(problems(schema, op.document)).toEqual([]);
      });
    }
  }

  it('lists only operations that really exist and really fail', () => {
    for (const key of Object.keys(NOT_YET)) {
      const [file, name] = key.split(':');
      const op = loadClientOperations(file).get(name);
      expect(op).toBeDefined();
      // When one of these starts validating, it must leave the list.
      expect({ key, fails: problems(schema, op!.document).length > 0 }).toEqual({ key, fails: true });
    }
  });
});
