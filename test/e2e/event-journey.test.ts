// The events issue's "done when", as people would live it through the web client's operations:
// a draft with a picture, published; a free event joined with a second identity; a restricted
// event with one request approved and one refused; a date change that reaches participants once
// and shows in their private calendar with a higher SEQUENCE; a cancellation the feed shows. Each
// `it` builds the events it needs (the accounts are shared), so any one of them runs alone.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { startTestApp, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { unique } from '../support/database.js';
import { gqlMultipart, jpeg } from '../support/uploads.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('event journey skipped: ../shared/mobilizon/client-ops is absent');

const op = (file: string, name: string) => operation(file, name).document;
const at = (days: number, hour: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};

run('an event’s life, end to end', () => {
  let app: TestApp;
  let organizer: ConfirmedAccount;
  let attendee: ConfirmedAccount;
  let requester: ConfirmedAccount;
  let refused: ConfirmedAccount;
  const marker = unique('life').toLowerCase();

  async function feedOf(token: string): Promise<ICAL.Component> {
    const res = await fetch(`${app.url}/events/going/${token}/ics`);
    expect(res.status).toBe(200);
    return new ICAL.Component(ICAL.parse(await res.text()));
  }

  /** The VEVENT of the event titled `title` in a going feed. */
  async function feedEvent(token: string, title: string): Promise<ICAL.Component | undefined> {
    return (await feedOf(token)).getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('summary') === title);
  }

  /** A published free event of the organizer, under a title of its own. */
  async function publishedPicnic(): Promise<{ id: string; title: string }> {
    const title = `Picnic ${unique('picnic').toLowerCase()}`;
    const created = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[0].id,
      title,
      description: '<p>Bring food</p>',
      beginsOn: at(14, 10),
      endsOn: at(14, 16),
      options: { timezone: 'Europe/Paris' },
    });
    expect(created.errors).toBeUndefined();
    return { id: created.data.createEvent.id, title };
  }

  /** The attendee joins with its second identity; answers the token of that identity's going feed. */
  async function joinWithSecondIdentity(eventId: string): Promise<string> {
    const res = await attendee.client.gql(op('event.graphql', 'JOIN_EVENT'), { eventId, actorId: attendee.persons[1].id });
    expect(res.errors).toBeUndefined();
    expect(res.data.joinEvent).toMatchObject({ role: 'PARTICIPANT', actor: { id: attendee.persons[1].id } });
    const token = await attendee.client.gql(op('feed_tokens.graphql', 'CREATE_FEED_TOKEN_ACTOR'), { actor_id: attendee.persons[1].id });
    return token.data.createFeedToken.token;
  }

  beforeAll(async () => {
    app = await startTestApp({ NOTIFY_DEBOUNCE_SECONDS: '1' });
    organizer = await createConfirmedAccount(app, {});
    attendee = await createConfirmedAccount(app, { identities: [{ name: 'Sporty' }, { name: 'Family me' }] });
    requester = await createConfirmedAccount(app, {});
    refused = await createConfirmedAccount(app, {});
  });
  afterAll(async () => {
    await app?.close();
  });

  it('creates a draft with an uploaded picture, edits it and publishes it', async () => {
    const created = await gqlMultipart(
      app,
      organizer.client,
      op('event.graphql', 'CREATE_EVENT'),
      {
        organizerActorId: organizer.persons[0].id,
        title: `Picnic ${marker}`,
        description: '<p>Bring food</p>',
        beginsOn: at(14, 10),
        endsOn: at(14, 16),
        draft: true,
        picture: { media: { name: 'picnic.jpg', alt: 'A park', file: 'picture' } },
        options: { timezone: 'Europe/Paris' },
      },
      { picture: { filename: 'picnic.jpg', contentType: 'image/jpeg', bytes: await jpeg() } },
    );
    expect(created.errors).toBeUndefined();
    const free = created.data.createEvent;
    expect(free.picture.url).toMatch(/\/media\/.+\.jpg$/);
    const edited = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), {
      id: free.id,
      description: '<p>Bring food and games</p>',
    });
    expect(edited.data.updateEvent.description).toBe('<p>Bring food and games</p>');
    const published = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: free.id, draft: false });
    expect(published.data.updateEvent.draft).toBe(false);
  });

  it('lets a second account join the free event with its second identity', async () => {
    const free = await publishedPicnic();
    const attendeeFeed = await joinWithSecondIdentity(free.id);
    expect(await feedEvent(attendeeFeed, free.title)).toBeDefined();
  });

  it('takes requests for a restricted event; the organizer approves one and refuses another, and each is told', async () => {
    const created = await organizer.client.gql(op('event.graphql', 'CREATE_EVENT'), {
      organizerActorId: organizer.persons[0].id,
      title: `Workshop ${marker}`,
      description: '',
      beginsOn: at(20, 9),
      joinOptions: 'RESTRICTED',
    });
    const restricted = created.data.createEvent;
    const first = await requester.client.gql(op('event.graphql', 'JOIN_EVENT'), {
      eventId: restricted.id,
      actorId: requester.persons[0].id,
      message: 'I would love to come',
    });
    const second = await refused.client.gql(op('event.graphql', 'JOIN_EVENT'), { eventId: restricted.id, actorId: refused.persons[0].id });
    expect(first.data.joinEvent.role).toBe('NOT_APPROVED');
    expect(second.data.joinEvent.role).toBe('NOT_APPROVED');

    const requests = await organizer.client.gql(op('event.graphql', 'PARTICIPANTS'), {
      uuid: restricted.uuid,
      page: 1,
      limit: 10,
      roles: 'NOT_APPROVED',
    });
    expect(requests.errors).toBeUndefined();
    const byActor = new Map(requests.data.event.participants.elements.map((p: any) => [p.actor.id, p]));
    expect([...byActor.keys()].sort()).toEqual([requester.persons[0].id, refused.persons[0].id].sort());
    const strangers = await attendee.client.gql(op('event.graphql', 'PARTICIPANTS'), {
      uuid: restricted.uuid,
      page: 1,
      limit: 10,
      roles: '',
    });
    expect(strangers.errors?.[0].status_code).toBe(403);

    const approve = await organizer.client.gql(op('event.graphql', 'UPDATE_PARTICIPANT'), {
      id: (byActor.get(requester.persons[0].id) as any).id,
      role: 'PARTICIPANT',
    });
    const refuse = await organizer.client.gql(op('event.graphql', 'UPDATE_PARTICIPANT'), {
      id: (byActor.get(refused.persons[0].id) as any).id,
      role: 'REJECTED',
    });
    expect(approve.data.updateParticipation.role).toBe('PARTICIPANT');
    expect(refuse.data.updateParticipation.role).toBe('REJECTED');

    const approvedMail = await app.smtp.waitFor((m) => m.to.includes(requester.email) && m.subject.includes('approved'), 15_000);
    expect(approvedMail.subject).toContain(`Workshop ${marker}`);
    // The approval carries the event's .ics: one calendar attachment naming the workshop.
    const attachments = (await simpleParser(approvedMail.raw)).attachments;
    expect(attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    const attached = new ICAL.Component(ICAL.parse(attachments[0].content.toString('utf8')));
    expect(attached.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(`Workshop ${marker}`);
    const refusedMail = await app.smtp.waitFor((m) => m.to.includes(refused.email) && m.subject.includes('declined'), 15_000);
    expect(refusedMail.subject).toContain(`Workshop ${marker}`);
    expect(app.smtp.messagesTo(refused.email).some((m) => m.subject.includes('approved'))).toBe(false);
  });

  it('tells participants once about a changed date, and their calendar shows it with a higher SEQUENCE', async () => {
    const free = await publishedPicnic();
    const attendeeFeed = await joinWithSecondIdentity(free.id);
    const before = (await feedEvent(attendeeFeed, free.title))!;
    const sequenceBefore = Number(before.getFirstPropertyValue('sequence'));
    await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: free.id, beginsOn: at(15, 10), endsOn: at(15, 16) });
    const edit = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: free.id, beginsOn: at(15, 11), endsOn: at(15, 17) });
    expect(edit.errors).toBeUndefined();

    const updated = await app.smtp.waitFor(
      (m) => m.to.includes(attendee.email) && m.text.includes(free.title) && /chang|updat|modif/i.test(m.subject),
      30_000,
    );
    expect(updated).toBeDefined();
    await new Promise((r) => setTimeout(r, 2500));
    expect(app.smtp.messagesTo(attendee.email).filter((m) => m.subject === updated.subject)).toHaveLength(1);

    const after = (await feedEvent(attendeeFeed, free.title))!;
    expect(Number(after.getFirstPropertyValue('sequence'))).toBeGreaterThan(sequenceBefore);
    expect((after.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(at(15, 11));
  });

  it('shows the cancellation in the feed', async () => {
    const free = await publishedPicnic();
    const attendeeFeed = await joinWithSecondIdentity(free.id);
    const cancel = await organizer.client.gql(op('event.graphql', 'EDIT_EVENT'), { id: free.id, status: 'CANCELLED' });
    expect(cancel.errors).toBeUndefined();
    const vevent = (await feedEvent(attendeeFeed, free.title))!;
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    const told = await app.smtp.waitFor(
      (m) => m.to.includes(attendee.email) && m.text.includes(free.title) && /cancel|annul/i.test(m.subject),
      30_000,
    );
    expect(told.text).toContain(free.title);
  });
});
