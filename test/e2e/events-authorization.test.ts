// Who may do what to an event: every event mutation × {anonymous, another account, the owner
// through another of their identities, the organizer, an instance moderator}.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { startTestApp, type Client, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { openTestDataSource } from '../support/database.js';

const CREATE = `mutation($o: ID!, $t: String!, $b: DateTime!, $draft: Boolean) { createEvent(organizerActorId: $o, title: $t, description: "", beginsOn: $b, draft: $draft) { id uuid title } }`;
const UPDATE = `mutation($id: ID!, $t: String) { updateEvent(eventId: $id, title: $t) { id title } }`;
const DELETE = `mutation($id: ID!) { deleteEvent(eventId: $id) { id } }`;
const READ = `query($uuid: UUID!) { event(uuid: $uuid) { id title draft } }`;

type Who = 'anonymous' | 'another account' | 'owner via other identity' | 'organizer' | 'moderator';
const WHO: Who[] = ['anonymous', 'another account', 'owner via other identity', 'organizer', 'moderator'];

describe('event authorization matrix', () => {
  let app: TestApp;
  let db: DataSource;
  let owner: ConfirmedAccount;
  let stranger: ConfirmedAccount;
  let moderator: ConfirmedAccount;
  const future = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

  // "Owner via other identity" and "organizer" are the same account: rights belong to the account,
  // and which identity organizes is only what others see.
  const clientOf = (who: Who): Client =>
    who === 'anonymous'
      ? app.client()
      : who === 'another account'
        ? stranger.client
        : who === 'moderator'
          ? moderator.client
          : owner.client;

  async function newEvent(draft = false): Promise<{ id: string; uuid: string }> {
    const res = await owner.client.gql(CREATE, { o: owner.persons[0].id, t: 'Owned', b: future(), draft });
    expect(res.errors).toBeUndefined();
    return res.data.createEvent;
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    owner = await createConfirmedAccount(app, { identities: [{ name: 'first' }, { name: 'second' }] });
    stranger = await createConfirmedAccount(app, {});
    moderator = await createConfirmedAccount(app, {});
    await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [moderator.userId]);
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  const createAs: Record<Who, { status: number | null }> = {
    anonymous: { status: 401 },
    'another account': { status: 403 },
    'owner via other identity': { status: null },
    organizer: { status: null },
    moderator: { status: 403 },
  };
  it.each(WHO)('createEvent for the owner’s second identity, as %s', async (who) => {
    const res = await clientOf(who).gql(CREATE, { o: owner.persons[1].id, t: `by ${who}`, b: future() });
    expect(res.errors?.[0]?.status_code ?? null).toBe(createAs[who].status);
    expect(Boolean(res.data?.createEvent)).toBe(createAs[who].status === null);
  });

  const updateAs: Record<Who, number | null> = {
    anonymous: 401,
    'another account': 403,
    'owner via other identity': null,
    organizer: null,
    moderator: 403,
  };
  it.each(WHO)('updateEvent, as %s', async (who) => {
    const event = await newEvent();
    const res = await clientOf(who).gql(UPDATE, { id: event.id, t: `renamed by ${who}` });
    expect(res.errors?.[0]?.status_code ?? null).toBe(updateAs[who]);
    const after = await owner.client.gql(READ, { uuid: event.uuid });
    expect(after.data.event.title).toBe(updateAs[who] === null ? `renamed by ${who}` : 'Owned');
  });

  const draftUpdateAs: Record<Who, number | null> = {
    anonymous: 401,
    'another account': 404,
    'owner via other identity': null,
    organizer: null,
    moderator: 404,
  };
  it.each(WHO)('updateEvent on a draft, as %s (a stranger cannot even learn it exists)', async (who) => {
    const event = await newEvent(true);
    const res = await clientOf(who).gql(UPDATE, { id: event.id, t: 'x' });
    expect(res.errors?.[0]?.status_code ?? null).toBe(draftUpdateAs[who]);
  });

  const deleteAs: Record<Who, number | null> = {
    anonymous: 401,
    'another account': 403,
    'owner via other identity': null,
    organizer: null,
    moderator: null,
  };
  it.each(WHO)('deleteEvent, as %s', async (who) => {
    const event = await newEvent();
    const res = await clientOf(who).gql(DELETE, { id: event.id });
    expect(res.errors?.[0]?.status_code ?? null).toBe(deleteAs[who]);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM events WHERE id = $1`, [event.id]);
    expect(n).toBe(deleteAs[who] === null ? 0 : 1);
  });

  const readDraftAs: Record<Who, boolean> = {
    anonymous: false,
    'another account': false,
    'owner via other identity': true,
    organizer: true,
    moderator: false,
  };
  it.each(WHO)('reading a draft, as %s', async (who) => {
    const event = await newEvent(true);
    const res = await clientOf(who).gql(READ, { uuid: event.uuid });
    expect(Boolean(res.data?.event)).toBe(readDraftAs[who]);
    if (!readDraftAs[who]) expect(res.errors?.[0].status_code).toBe(404);
  });
});
