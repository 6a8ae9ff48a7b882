// Calendar export, feeds, share pages and content negotiation through a running app: events are
// made with GraphQL, then read back over plain HTTP the way calendar apps, feed readers, link
// preview bots and other servers do.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { DataSource } from 'typeorm';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type Client, type TestApp } from '../support/app.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { openTestDataSource, unique } from '../support/database.js';
import { childrenNamed, parseXml } from '../support/xml.js';

const CREATE_EVENT = `mutation CreateEvent($organizerActorId: ID!, $title: String!, $description: String!, $beginsOn: DateTime!,
  $endsOn: DateTime, $draft: Boolean, $visibility: EventVisibility, $physicalAddress: AddressInput, $options: EventOptionsInput) {
  createEvent(organizerActorId: $organizerActorId, title: $title, description: $description, beginsOn: $beginsOn, endsOn: $endsOn,
    draft: $draft, visibility: $visibility, physicalAddress: $physicalAddress, options: $options) { id uuid url title }
}`;
const UPDATE_EVENT = `mutation UpdateEvent($eventId: ID!, $title: String, $status: EventStatus, $visibility: EventVisibility) {
  updateEvent(eventId: $eventId, title: $title, status: $status, visibility: $visibility) { id title status }
}`;
const IDENTITY_FEED_TOKENS = `query { identities { id feedTokens { token } } }`;

interface CreatedEvent {
  id: string;
  uuid: string;
  url: string;
  title: string;
}

const inDays = (days: number, hour = 18): string => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString();
};

function vevents(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text) as unknown[]).getAllSubcomponents('vevent');
}

function veventOf(text: string, uuid: string): ICAL.Component | undefined {
  return vevents(text).find((v) => String(v.getFirstPropertyValue('uid')).startsWith(uuid));
}

const ACTIVITY_JSON = 'application/activity+json; charset=utf-8';

describe('calendar export, feeds and share pages', () => {
  let app: TestApp;
  let db: DataSource;
  let organizer: ConfirmedAccount;
  let other: ConfirmedAccount;
  const marker = unique('cal').toLowerCase();
  let paris: CreatedEvent;
  let draft: CreatedEvent;
  let privateEvent: CreatedEvent;
  let unlisted: CreatedEvent;
  let hostile: CreatedEvent;
  let secondIdentityEvent: CreatedEvent;
  let othersEvent: CreatedEvent;
  const hostileTitle = `</title><script>alert("x")</script> Tom & Jerry's ${marker}`;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.url}${path}`, { headers });

  async function createEvent(client: Client, variables: Record<string, unknown>): Promise<CreatedEvent> {
    const res = await client.gql(CREATE_EVENT, {
      description: '<p>Come <b>along</b></p>',
      beginsOn: inDays(5),
      endsOn: inDays(5, 20),
      ...variables,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createEvent;
  }

  async function updateEvent(variables: Record<string, unknown>): Promise<void> {
    const res = await organizer.client.gql(UPDATE_EVENT, { visibility: 'PUBLIC', ...variables });
    expect(res.errors).toBeUndefined();
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    organizer = await createConfirmedAccount(app, { identities: [{ name: 'Org <Main>' }, { name: 'Org second' }] });
    other = await createConfirmedAccount(app, {});
    const organizerId = organizer.persons[0].id;
    paris = await createEvent(organizer.client, {
      organizerActorId: organizerId,
      title: `Picnic ${marker}`,
      beginsOn: inDays(3, 16),
      endsOn: inDays(3, 19),
      physicalAddress: { description: 'Parc Monceau', locality: 'Paris', country: 'France', geom: '2.3088;48.8796' },
      options: { timezone: 'Europe/Paris' },
    });
    draft = await createEvent(organizer.client, { organizerActorId: organizerId, title: `Draft ${marker}`, draft: true });
    privateEvent = await createEvent(organizer.client, {
      organizerActorId: organizerId,
      title: `Private ${marker}`,
      visibility: 'PRIVATE',
    });
    unlisted = await createEvent(organizer.client, { organizerActorId: organizerId, title: `Unlisted ${marker}`, visibility: 'UNLISTED' });
    hostile = await createEvent(organizer.client, {
      organizerActorId: organizerId,
      title: hostileTitle,
      beginsOn: inDays(4),
      endsOn: inDays(4, 20),
    });
    secondIdentityEvent = await createEvent(organizer.client, { organizerActorId: organizer.persons[1].id, title: `Second ${marker}` });
    othersEvent = await createEvent(other.client, { organizerActorId: other.persons[0].id, title: `Others ${marker}` });
  });

  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  describe('GET /events/:uuid/export/ics', () => {
    it('exports valid iCalendar with UID, DTSTART/DTEND in the event time zone, LOCATION, GEO, URL and ORGANIZER', async () => {
      const res = await get(`/events/${paris.uuid}/export/ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      const text = await res.text();
      expect(text).toContain('\r\n');
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
      const vevent = veventOf(text, paris.uuid)!;
      expect(vevent).toBeDefined();
      expect(String(vevent.getFirstPropertyValue('uid'))).toBe(`${paris.uuid}@${new URL(app.convene.config.baseUrl).host}`);
      expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
      expect(vevent.getFirstProperty('dtend')!.getParameter('tzid')).toBe('Europe/Paris');
      // With the VTIMEZONE registered, the local time converts back to the very instant stored.
      const timezone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
      ICAL.TimezoneService.register(timezone);
      const event = new ICAL.Event(vevent);
      expect(event.startDate.toJSDate().toISOString()).toBe(inDays(3, 16));
      expect(event.endDate.toJSDate().toISOString()).toBe(inDays(3, 19));
      expect(vevent.getFirstPropertyValue('sequence')).toBe(0);
      expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(vevent.getFirstPropertyValue('summary')).toBe(`Picnic ${marker}`);
      expect(String(vevent.getFirstPropertyValue('location'))).toContain('Parc Monceau');
      expect(vevent.getFirstPropertyValue('geo')).toEqual([48.8796, 2.3088]);
      expect(vevent.getFirstPropertyValue('url')).toBe(paris.url);
      expect(vevent.getFirstPropertyValue('organizer')).toBe(`${app.convene.config.baseUrl}/@${organizer.persons[0].preferredUsername}`);
      expect(vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe('Org <Main>');
    });

    it('answers 304 to a client that has the current version (ETag)', async () => {
      const first = await get(`/events/${paris.uuid}/export/ics`);
      const etag = first.headers.get('etag');
      expect(etag).toBeTruthy();
      expect(first.headers.get('last-modified')).toBeTruthy();
      const again = await get(`/events/${paris.uuid}/export/ics`, { 'if-none-match': etag! });
      expect(again.status).toBe(304);
    });

    it('increments SEQUENCE on each update and says STATUS:CANCELLED once cancelled', async () => {
      const before = await get(`/events/${paris.uuid}/export/ics`);
      const etag = before.headers.get('etag')!;
      await updateEvent({ eventId: paris.id, title: `Picnic moved ${marker}` });
      const afterUpdate = veventOf(await (await get(`/events/${paris.uuid}/export/ics`)).text(), paris.uuid)!;
      expect(afterUpdate.getFirstPropertyValue('sequence')).toBe(1);
      expect(afterUpdate.getFirstPropertyValue('summary')).toBe(`Picnic moved ${marker}`);
      // The old ETag no longer matches: the calendar gets the new version.
      expect((await get(`/events/${paris.uuid}/export/ics`, { 'if-none-match': etag })).status).toBe(200);

      await updateEvent({ eventId: paris.id, status: 'CANCELLED' });
      const cancelled = veventOf(await (await get(`/events/${paris.uuid}/export/ics`)).text(), paris.uuid)!;
      expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
      expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    });

    it('is 404 for drafts, private events and unknown ids, and works by link for unlisted events', async () => {
      expect((await get(`/events/${draft.uuid}/export/ics`)).status).toBe(404);
      expect((await get(`/events/${privateEvent.uuid}/export/ics`)).status).toBe(404);
      expect((await get(`/events/00000000-0000-4000-8000-000000000000/export/ics`)).status).toBe(404);
      expect((await get(`/events/not-a-uuid/export/ics`)).status).toBe(404);
      const res = await get(`/events/${unlisted.uuid}/export/ics`);
      expect(res.status).toBe(200);
      expect(veventOf(await res.text(), unlisted.uuid)?.getFirstPropertyValue('summary')).toBe(`Unlisted ${marker}`);
    });
  });

  describe('public feeds', () => {
    it('lists the instance’s upcoming public events in ICS and Atom, without drafts, private or unlisted events', async () => {
      const ics = await get('/feed/instance/ics');
      expect(ics.status).toBe(200);
      expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(ics.headers.get('etag')).toBeTruthy();
      const uids = vevents(await ics.text()).map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]);
      expect(uids).toEqual(expect.arrayContaining([paris.uuid, hostile.uuid, secondIdentityEvent.uuid, othersEvent.uuid]));
      for (const hidden of [draft, privateEvent, unlisted]) expect(uids).not.toContain(hidden.uuid);

      const atom = await get('/feed/instance/atom');
      expect(atom.status).toBe(200);
      expect(atom.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const feed = parseXml(await atom.text());
      expect(feed.name).toBe('feed');
      const entries = childrenNamed(feed, 'entry');
      const ids = entries.map((e) => childrenNamed(e, 'id')[0].text);
      expect(ids).toEqual(expect.arrayContaining([paris.url, hostile.url]));
      for (const hidden of [draft, privateEvent, unlisted]) expect(ids).not.toContain(hidden.url);
      // The hostile title survives as text: the feed is well-formed and the title reads back as is.
      const hostileEntry = entries.find((e) => childrenNamed(e, 'id')[0].text === hostile.url)!;
      expect(childrenNamed(hostileEntry, 'title')[0].text).toBe(hostileTitle);
    });

    it('lists a person’s upcoming public events; an unknown name or format is 404', async () => {
      const name = organizer.persons[0].preferredUsername;
      const atom = await get(`/@${name}/feed/atom`);
      expect(atom.status).toBe(200);
      const feed = parseXml(await atom.text());
      const ids = childrenNamed(feed, 'entry').map((e) => childrenNamed(e, 'id')[0].text);
      expect(ids).toEqual(expect.arrayContaining([paris.url, hostile.url]));
      // Only this identity's events: not the account's other identity, nor anyone else's.
      for (const absent of [draft, privateEvent, unlisted, secondIdentityEvent, othersEvent]) expect(ids).not.toContain(absent.url);

      const ics = await get(`/@${name}/feed/ics`);
      expect(ics.status).toBe(200);
      const uids = vevents(await ics.text()).map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]);
      expect(uids.sort()).toEqual([paris.uuid, hostile.uuid].sort());

      expect((await get(`/@nobody_${marker}/feed/atom`)).status).toBe(404);
      expect((await get(`/@${name}/feed/rss`)).status).toBe(404);
      expect((await get(`/feed/instance/json`)).status).toBe(404);
    });
  });

  describe('the share page of an event', () => {
    it('is HTML with OpenGraph and Twitter tags and schema.org JSON-LD, the title escaped', async () => {
      const res = await get(`/events/${hostile.uuid}`, { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('vary')).toContain('Accept');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await res.text();
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('</title><script>');
      const escaped = hostileTitle
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
      expect(html).toContain(`<meta property="og:title" content="${escaped}">`);
      expect(html).toContain(`<meta name="twitter:title" content="${escaped}">`);
      expect(html).toContain(`<meta property="og:url" content="${hostile.url}">`);
      expect(html).toContain(`href="${hostile.url}/export/ics"`);
      const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
      expect(ld).not.toBeNull();
      const data = JSON.parse(ld![1]);
      expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Event', name: hostileTitle, url: hostile.url });
      expect(data.organizer.name).toBe('Org <Main>');
    });

    it('is the 404 page for drafts, private events and unknown ids; unlisted events open by link', async () => {
      for (const uuid of [draft.uuid, privateEvent.uuid, '00000000-0000-4000-8000-000000000000']) {
        const res = await get(`/events/${uuid}`, { accept: 'text/html' });
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
        const html = await res.text();
        expect(html).toContain('Page not found');
        expect(html).not.toContain(marker);
      }
      const res = await get(`/events/${unlisted.uuid}`, { accept: 'text/html' });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<meta name="robots" content="noindex">');
    });
  });

  describe('content negotiation', () => {
    it('answers an AS2 Event to application/activity+json and to the ActivityStreams JSON-LD profile', async () => {
      for (const accept of ['application/activity+json', 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"']) {
        const res = await get(`/events/${hostile.uuid}`, { accept });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe(ACTIVITY_JSON);
        const doc = await res.json();
        expect(doc).toMatchObject({
          '@context': 'https://www.w3.org/ns/activitystreams',
          type: 'Event',
          id: hostile.url,
          url: hostile.url,
          name: hostileTitle,
          content: '<p>Come <b>along</b></p>',
          startTime: inDays(4),
          endTime: inDays(4, 20),
          attributedTo: `${app.convene.config.baseUrl}/@${organizer.persons[0].preferredUsername}`,
        });
      }
      const withPlace = (await (await get(`/events/${paris.uuid}`, { accept: 'application/activity+json' })).json()) as {
        location: unknown;
      };
      expect(withPlace.location).toMatchObject({ type: 'Place', latitude: 48.8796, longitude: 2.3088 });
      expect((await get(`/events/${draft.uuid}`, { accept: 'application/activity+json' })).status).toBe(404);
      expect((await get(`/events/${privateEvent.uuid}`, { accept: 'application/activity+json' })).status).toBe(404);
    });

    it('answers an AS2 Person on /@name, and otherwise a profile page listing its upcoming public events', async () => {
      const person = organizer.persons[0];
      const base = app.convene.config.baseUrl;
      const res = await get(`/@${person.preferredUsername}`, { accept: 'application/activity+json' });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(ACTIVITY_JSON);
      expect(await res.json()).toMatchObject({
        type: 'Person',
        id: `${base}/@${person.preferredUsername}`,
        preferredUsername: person.preferredUsername,
        name: 'Org <Main>',
        inbox: `${base}/@${person.preferredUsername}/inbox`,
        outbox: `${base}/@${person.preferredUsername}/outbox`,
      });

      const page = await get(`/@${person.preferredUsername}`, { accept: 'text/html' });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await page.text();
      expect(html).toContain('<meta property="og:title" content="Org &lt;Main&gt;');
      expect(html).toContain(`href="${hostile.url}"`);
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<Main>');
      for (const absent of [draft, privateEvent, unlisted]) expect(html).not.toContain(absent.uuid);

      expect((await get(`/@nobody_${marker}`, { accept: 'text/html' })).status).toBe(404);
      expect((await get(`/@nobody_${marker}`, { accept: 'application/activity+json' })).status).toBe(404);
    });

    it('serves a hostile bio escaped in the AS2 Person, as the profile page shows it (issue 12.5)', async () => {
      const bio = `<script>alert("bio")</script><img src=x onerror="alert(1)">I like <b>cats</b> & 1 < 2\n\n<p>Second</p>`;
      const account = await createConfirmedAccount(app, { identities: [{ summary: bio }] });
      const stored = (await db.query(`SELECT summary FROM actors WHERE id = $1`, [account.persons[0].id]))[0].summary;
      expect(stored).toBe(bio); // what the owner typed is kept; only what is served is escaped
      const res = await get(`/@${account.persons[0].preferredUsername}`, { accept: 'application/activity+json' });
      expect(res.status).toBe(200);
      const { summary } = (await res.json()) as { summary: string };
      expect(summary).toBe('<p>I like cats &amp; 1 &lt; 2</p><p>Second</p>');
      expect(summary).not.toMatch(/<script|<img|onerror|alert/);
      const page = await (await get(`/@${account.persons[0].preferredUsername}`, { accept: 'text/html' })).text();
      expect(page).toContain('I like cats &amp; 1 &lt; 2');
    });
  });

  const withOps = hasClientOps ? describe : describe.skip;
  if (!hasClientOps) console.warn('calendar-feeds: feed token part skipped, ../shared/mobilizon/client-ops is absent');

  withOps('the private "going" feed', () => {
    const op = (name: string) => operation('feed_tokens.graphql', name).document;
    let accountToken: string;
    let identityToken: string;

    it('needs a session to create a feed token, and an identity of one’s own', async () => {
      const anonymous = await app.client().gql(op('CREATE_FEED_TOKEN'));
      expect(anonymous.errors?.[0]).toMatchObject({ code: 'unauthenticated', status_code: 401 });
      const foreign = await other.client.gql(op('CREATE_FEED_TOKEN_ACTOR'), { actor_id: organizer.persons[0].id });
      expect(foreign.errors?.[0]).toMatchObject({ code: 'unauthorized', status_code: 403 });
    });

    it('creates tokens for the account and for one identity, shown again to their account only', async () => {
      const forAccount = await organizer.client.gql(op('CREATE_FEED_TOKEN'));
      expect(forAccount.errors).toBeUndefined();
      accountToken = forAccount.data.createFeedToken.token;
      expect(accountToken).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(forAccount.data.createFeedToken).toMatchObject({ actor: null, user: { id: organizer.userId } });

      const forIdentity = await organizer.client.gql(op('CREATE_FEED_TOKEN_ACTOR'), { actor_id: organizer.persons[1].id });
      expect(forIdentity.errors).toBeUndefined();
      identityToken = forIdentity.data.createFeedToken.token;
      expect(forIdentity.data.createFeedToken.actor).toEqual({ id: organizer.persons[1].id });

      const mine = await organizer.client.gql(operation('user.graphql', 'USER_NOTIFICATIONS').document);
      expect(mine.errors).toBeUndefined();
      expect(mine.data.loggedUser.feedTokens).toEqual(
        expect.arrayContaining([
          { token: accountToken, actor: null },
          { token: identityToken, actor: { id: organizer.persons[1].id } },
        ]),
      );
      const identities = await organizer.client.gql(IDENTITY_FEED_TOKENS);
      const byId = new Map(identities.data.identities.map((p: any) => [p.id, p.feedTokens.map((t: any) => t.token)]));
      expect(byId.get(organizer.persons[0].id)).toEqual([]);
      expect(byId.get(organizer.persons[1].id)).toEqual([identityToken]);
      const theirs = await other.client.gql(operation('user.graphql', 'USER_NOTIFICATIONS').document);
      expect(theirs.data.loggedUser.feedTokens).toEqual([]);
    });

    it('lists the events the account is going to, with their current SEQUENCE, never drafts', async () => {
      // The organizer also goes to someone else's event; a request still waiting for approval does not count.
      const waiting = await createEvent(other.client, { organizerActorId: other.persons[0].id, title: `Waiting ${marker}` });
      await db.query(`INSERT INTO participations (event_id, actor_id, role) VALUES ($1, $2, 'PARTICIPANT'), ($3, $2, 'NOT_APPROVED')`, [
        othersEvent.id,
        organizer.persons[0].id,
        waiting.id,
      ]);
      const res = await get(`/events/going/${accountToken}/ics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('private');
      const text = await res.text();
      const uids = vevents(text).map((v) => String(v.getFirstPropertyValue('uid')).split('@')[0]);
      expect(uids).toEqual(
        expect.arrayContaining([paris.uuid, privateEvent.uuid, unlisted.uuid, hostile.uuid, secondIdentityEvent.uuid, othersEvent.uuid]),
      );
      expect(uids).not.toContain(draft.uuid);
      expect(uids).not.toContain(waiting.uuid);
      // Ordered by start.
      const starts = vevents(text).map((v) => (v.getFirstPropertyValue('dtstart') as ICAL.Time).toUnixTime());
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      const cancelled = veventOf(text, paris.uuid)!;
      expect(cancelled.getFirstPropertyValue('sequence')).toBe(2);
      expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');

      const atom = await get(`/events/going/${accountToken}/atom`);
      expect(atom.status).toBe(200);
      const ids = childrenNamed(parseXml(await atom.text()), 'entry').map((e) => childrenNamed(e, 'id')[0].text);
      expect(ids).toContain(othersEvent.url);
      expect(ids).not.toContain(draft.url);
    });

    it('keeps an identity token to that identity’s events', async () => {
      const uids = vevents(await (await get(`/events/going/${identityToken}/ics`)).text()).map(
        (v) => String(v.getFirstPropertyValue('uid')).split('@')[0],
      );
      expect(uids).toEqual([secondIdentityEvent.uuid]);
    });

    it('lets nobody else delete a token; deleting one’s own closes the feed', async () => {
      const foreign = await other.client.gql(op('DELETE_FEED_TOKEN'), { token: accountToken });
      expect(foreign.errors?.[0]).toMatchObject({ code: 'not_found', status_code: 404 });
      expect((await get(`/events/going/${accountToken}/ics`)).status).toBe(200);
      const anonymous = await app.client().gql(op('DELETE_FEED_TOKEN'), { token: accountToken });
      expect(anonymous.errors?.[0]).toMatchObject({ code: 'unauthenticated', status_code: 401 });

      const own = await organizer.client.gql(op('DELETE_FEED_TOKEN'), { token: accountToken });
      expect(own.errors).toBeUndefined();
      expect(own.data.deleteFeedToken).toEqual({ actor: null, user: { id: organizer.userId } });
      expect((await get(`/events/going/${accountToken}/ics`)).status).toBe(404);
      expect((await get(`/events/going/${accountToken}/atom`)).status).toBe(404);
      expect((await get(`/events/going/${identityToken}/ics`)).status).toBe(200);
      expect((await get(`/events/going/not-a-token/ics`)).status).toBe(404);
    });
  });
});
