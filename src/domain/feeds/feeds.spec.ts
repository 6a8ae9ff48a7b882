import { beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryFeedTokenRepository } from '../../../test/fakes/in-memory-feed-token.repository.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { Event, EventRepository, type EventQuery, type TagView } from '../events/index.js';
import { Person } from '../identities/index.js';
import { TokenGenerator, type Page, type PageRequest } from '../shared/index.js';
import {
  CreateFeedToken,
  DeleteFeedToken,
  FEED_MAX_ENTRIES,
  GoingEvents,
  ListFeedTokens,
  MAX_FEED_TOKENS_PER_USER,
  ReadGoingFeed,
  ReadPublicFeeds,
  type GoingEventsQuery,
} from './index.js';

class CountingTokens extends TokenGenerator {
  private n = 0;
  secret(): string {
    return `secret-${++this.n}`.padEnd(43, 'x');
  }
  digest(secret: string): string {
    return `digest:${secret}`;
  }
}

/** Answers the events it was given and keeps the queries it was asked. */
class ScriptedGoingEvents extends GoingEvents {
  readonly queries: GoingEventsQuery[] = [];
  constructor(private readonly answer: Event[]) {
    super();
  }
  async find(query: GoingEventsQuery): Promise<Event[]> {
    this.queries.push(query);
    return this.answer;
  }
}

class QueryRecordingEvents extends EventRepository {
  readonly queries: { query: EventQuery; page: PageRequest }[] = [];
  async nextId(): Promise<string> {
    return '1';
  }
  async findById(): Promise<Event | null> {
    return null;
  }
  async findByIds(): Promise<Event[]> {
    return [];
  }
  async findByUuid(): Promise<Event | null> {
    return null;
  }
  async save(): Promise<void> {}
  async delete(): Promise<void> {}
  async find(query: EventQuery, page: PageRequest): Promise<Page<Event>> {
    this.queries.push({ query, page });
    return { total: 0, elements: [] };
  }
  async tags(): Promise<TagView[]> {
    return [];
  }
  async tagsOf(): Promise<Map<string, TagView[]>> {
    return new Map();
  }
}

function makeEvent(overrides: { draft?: boolean; title?: string } = {}): Event {
  const made = Event.create(
    {
      id: String(Math.floor(Math.random() * 1e9)),
      uuid: crypto.randomUUID(),
      baseUrl: 'https://convene.example',
      organizerActorId: '7',
      title: overrides.title ?? 'Meetup',
      beginsOn: new Date('2026-02-01T18:00:00Z'),
    },
    { draft: overrides.draft ?? false },
    new Date('2026-01-01T00:00:00Z'),
  );
  if (!('event' in made)) throw new Error('invalid sample event');
  return made.event;
}

describe('feed tokens', () => {
  let tokens: InMemoryFeedTokenRepository;
  let persons: InMemoryPersonRepository;
  let clock: FixedClock;
  let create: CreateFeedToken;
  let adaPerson: Person;
  let bobPerson: Person;

  beforeEach(async () => {
    tokens = new InMemoryFeedTokenRepository();
    persons = new InMemoryPersonRepository();
    clock = new FixedClock();
    create = new CreateFeedToken(tokens, persons, new CountingTokens(), clock);
    adaPerson = Person.createLocal(
      {
        id: '7',
        userId: 'u-ada',
        preferredUsername: 'ada',
        name: 'Ada',
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: 'https://convene.example',
      },
      clock.now(),
    );
    bobPerson = Person.createLocal(
      {
        id: '8',
        userId: 'u-bob',
        preferredUsername: 'bob',
        name: 'Bob',
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: 'https://convene.example',
      },
      clock.now(),
    );
    await persons.save(adaPerson);
    await persons.save(bobPerson);
  });

  it('creates a token for the account, or for one of its own identities', async () => {
    const forAccount = await create.execute({ userId: 'u-ada' });
    const forIdentity = await create.execute({ userId: 'u-ada', actorId: '7' });
    expect(forAccount).toMatchObject({ ok: true, value: { userId: 'u-ada', actorId: null, createdAt: clock.now() } });
    expect(forIdentity).toMatchObject({ ok: true, value: { userId: 'u-ada', actorId: '7' } });
    expect(forAccount.ok && forIdentity.ok && forAccount.value.token !== forIdentity.value.token).toBe(true);
    expect(tokens.rows.size).toBe(2);
  });

  it("refuses another account's identity and an unknown one, alike", async () => {
    expect(await create.execute({ userId: 'u-ada', actorId: '8' })).toEqual({ ok: false, error: { type: 'identity-not-found' } });
    expect(await create.execute({ userId: 'u-ada', actorId: '999' })).toEqual({ ok: false, error: { type: 'identity-not-found' } });
    expect(tokens.rows.size).toBe(0);
  });

  it('bounds the number of tokens of an account', async () => {
    for (let i = 0; i < MAX_FEED_TOKENS_PER_USER; i++) expect((await create.execute({ userId: 'u-ada' })).ok).toBe(true);
    expect(await create.execute({ userId: 'u-ada' })).toEqual({
      ok: false,
      error: { type: 'too-many-feed-tokens', max: MAX_FEED_TOKENS_PER_USER },
    });
  });

  it('deletes only its own tokens; someone else’s answers "not found" and stays', async () => {
    const created = await create.execute({ userId: 'u-ada', actorId: '7' });
    if (!created.ok) throw new Error('setup');
    const del = new DeleteFeedToken(tokens);
    expect(await del.execute({ userId: 'u-bob', token: created.value.token })).toEqual({
      ok: false,
      error: { type: 'feed-token-not-found' },
    });
    expect(tokens.rows.has(created.value.token)).toBe(true);
    expect(await del.execute({ userId: 'u-ada', token: created.value.token })).toMatchObject({ ok: true, value: { actorId: '7' } });
    expect(tokens.rows.size).toBe(0);
    expect(await del.execute({ userId: 'u-ada', token: '' })).toEqual({ ok: false, error: { type: 'feed-token-not-found' } });
  });

  it('lists tokens to their own account only', async () => {
    await create.execute({ userId: 'u-ada' });
    await create.execute({ userId: 'u-ada', actorId: '7' });
    await create.execute({ userId: 'u-bob', actorId: '8' });
    const list = new ListFeedTokens(tokens);
    expect((await list.ofUser('u-ada')).map((t) => t.actorId).sort()).toEqual(['7', null].sort());
    expect(await list.ofActor('7', 'u-ada')).toHaveLength(1);
    expect(await list.ofActor('8', 'u-ada')).toEqual([]);
  });
});

describe('reading feeds', () => {
  it('opens the going feed by its token, asks for going roles over the last 30 days, never shows drafts', async () => {
    const tokens = new InMemoryFeedTokenRepository();
    await tokens.add({ token: 't'.repeat(43), userId: 'u-ada', actorId: '7', createdAt: new Date() });
    const published = makeEvent({ title: 'Published' });
    const going = new ScriptedGoingEvents([published, makeEvent({ draft: true, title: 'Draft' })]);
    const clock = new FixedClock(new Date('2026-03-31T00:00:00Z'));
    const read = new ReadGoingFeed(tokens, going, clock);

    expect(await read.execute('unknown')).toEqual({ ok: false, error: { type: 'feed-token-not-found' } });
    const result = await read.execute('t'.repeat(43));
    if (!result.ok) throw new Error('expected the feed');
    expect(result.value.events.map((e) => e.snapshot().title)).toEqual(['Published']);
    expect(going.queries).toEqual([
      {
        userId: 'u-ada',
        actorId: '7',
        roles: ['CREATOR', 'ADMINISTRATOR', 'MODERATOR', 'PARTICIPANT'],
        endedAfter: new Date('2026-03-01T00:00:00Z'),
        limit: FEED_MAX_ENTRIES,
      },
    ]);
  });

  it('lists upcoming listed events of the instance and of a local identity; others are not found', async () => {
    const events = new QueryRecordingEvents();
    const persons = new InMemoryPersonRepository();
    const clock = new FixedClock();
    await persons.save(
      Person.createLocal(
        {
          id: '7',
          userId: 'u-ada',
          preferredUsername: 'ada',
          name: 'Ada',
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://x.example',
        },
        clock.now(),
      ),
    );
    const suspended = Person.createLocal(
      {
        id: '9',
        userId: 'u-eve',
        preferredUsername: 'eve',
        name: 'Eve',
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: 'https://x.example',
      },
      clock.now(),
    );
    await persons.save(Person.restore({ ...suspended.snapshot(), suspended: true }));
    await persons.save(Person.restore({ ...suspended.snapshot(), id: '10', userId: null, preferredUsername: 'system' }));
    const read = new ReadPublicFeeds(events, persons, clock);

    await read.instance(10_000);
    expect(events.queries[0]).toEqual({
      query: { listedOnly: true, endsAfter: clock.now(), orderBy: 'BEGINS_ON', direction: 'ASC' },
      page: { page: 1, limit: FEED_MAX_ENTRIES },
    });
    expect(await read.person('ada', 5)).toMatchObject({ ok: true });
    expect(events.queries[1].query).toMatchObject({ listedOnly: true, organizerActorIds: ['7'], endsAfter: clock.now() });
    expect(events.queries[1].page.limit).toBe(5);
    for (const name of ['nobody', 'eve', 'system'])
      expect(await read.person(name)).toEqual({ ok: false, error: { type: 'identity-not-found' } });
  });
});
