// The organizer edits and cancels an event through /api; participants get one "event updated"
// email for several quick edits (debounced: NOTIFY_DEBOUNCE_SECONDS=2 here), their private ICS feed
// shows the new date with a higher SEQUENCE, and one "event cancelled" email. Mail comes through
// the app's real worker (outbox → job queue → handlers) into a real SMTP receiver.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { startTestApp, type GqlResponse, type TestApp } from '../support/app.js';
import { unique } from '../support/database.js';
import type { ReceivedMail } from '../support/smtp-receiver.js';

const CREATE_EVENT = `mutation CreateEvent($organizerActorId: ID!, $title: String!, $beginsOn: DateTime!) {
  createEvent(organizerActorId: $organizerActorId, title: $title, description: "", beginsOn: $beginsOn, options: { timezone: "Europe/Paris" }) { id uuid }
}`;
const UPDATE_EVENT = `mutation UpdateEvent($eventId: ID!, $beginsOn: DateTime, $status: EventStatus) {
  updateEvent(eventId: $eventId, beginsOn: $beginsOn, status: $status) { id beginsOn status }
}`;
const JOIN_EVENT = `mutation JoinEvent($eventId: ID!, $actorId: ID!) { joinEvent(eventId: $eventId, actorId: $actorId) { id role } }`;
const CREATE_FEED_TOKEN = `mutation { createFeedToken { token } }`;

const DEBOUNCE_SECONDS = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ok<T = any>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

describe('event notifications through the running app', () => {
  let app: TestApp;
  let organizer: ConfirmedAccount;
  let guests: ConfirmedAccount[];
  let event: { id: string; uuid: string };
  const title = `Garden party ${unique('g')}`;
  const firstDate = new Date(Date.now() + 30 * 86_400_000);
  firstDate.setUTCHours(16, 0, 0, 0);
  const finalDate = new Date(firstDate.getTime() + 2 * 86_400_000);

  const mails = (to: ConfirmedAccount, template: string): ReceivedMail[] =>
    app.smtp.messagesTo(to.email).filter((m) => m.headers.get('x-convene-template') === template && m.subject.includes(title));

  async function goingFeed(token: string): Promise<ICAL.Component> {
    const res = await fetch(`${app.url}/events/going/${token}/ics`);
    expect(res.status).toBe(200);
    const vevent = new ICAL.Component(ICAL.parse(await res.text()))
      .getAllSubcomponents('vevent')
      .find((v) => String(v.getFirstPropertyValue('uid')).startsWith(event.uuid));
    if (!vevent) throw new Error('event missing from the feed');
    return vevent;
  }

  beforeAll(async () => {
    app = await startTestApp({ NOTIFY_DEBOUNCE_SECONDS: String(DEBOUNCE_SECONDS) });
    [organizer, ...guests] = await Promise.all([createConfirmedAccount(app), createConfirmedAccount(app), createConfirmedAccount(app)]);
    event = ok(
      await organizer.client.gql(CREATE_EVENT, { organizerActorId: organizer.persons[0].id, title, beginsOn: firstDate.toISOString() }),
    ).createEvent;
    for (const guest of guests) {
      expect(ok(await guest.client.gql(JOIN_EVENT, { eventId: event.id, actorId: guest.persons[0].id })).joinEvent.role).toBe(
        'PARTICIPANT',
      );
    }
  }, 60_000);

  afterAll(async () => {
    await app?.close();
  });

  it('sends one "event updated" email per participant after two quick date changes, and the feed follows', async () => {
    const token = ok(await guests[0].client.gql(CREATE_FEED_TOKEN)).createFeedToken.token as string;
    const before = await goingFeed(token);
    const sequenceBefore = Number(before.getFirstPropertyValue('sequence') ?? 0);

    ok(await organizer.client.gql(UPDATE_EVENT, { eventId: event.id, beginsOn: new Date(firstDate.getTime() + 86_400_000).toISOString() }));
    ok(await organizer.client.gql(UPDATE_EVENT, { eventId: event.id, beginsOn: finalDate.toISOString() }));

    for (const guest of guests) {
      await app.smtp.waitFor(
        (m) => m.to.includes(guest.email) && m.headers.get('x-convene-template') === 'event-updated' && m.subject.includes(title),
        20_000,
      );
    }
    // Longer than the debounce: a second email would have come by now.
    await sleep(DEBOUNCE_SECONDS * 1000 + 1500);
    for (const guest of guests) expect(mails(guest, 'event-updated')).toHaveLength(1);
    expect(mails(organizer, 'event-updated')).toHaveLength(0);
    const mail = mails(guests[0], 'event-updated')[0];
    // The date as the event's zone shows it (Paris, UTC+1 or +2).
    const parisTime = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(finalDate);
    expect(mail.text).toContain(`${parisTime} (Europe/Paris)`);
    expect(mail.text).toContain('- the date or time');
    expect(mail.raw).toContain('text/calendar');

    const after = await goingFeed(token);
    expect((after.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(finalDate.getTime());
    expect(Number(after.getFirstPropertyValue('sequence'))).toBe(sequenceBefore + 2);
  }, 60_000);

  it('sends one "event cancelled" email per participant when the organizer cancels', async () => {
    ok(await organizer.client.gql(UPDATE_EVENT, { eventId: event.id, status: 'CANCELLED' }));
    for (const guest of guests) {
      await app.smtp.waitFor(
        (m) => m.to.includes(guest.email) && m.headers.get('x-convene-template') === 'event-cancelled' && m.subject.includes(title),
        20_000,
      );
    }
    await sleep(DEBOUNCE_SECONDS * 1000 + 1500);
    for (const guest of guests) {
      expect(mails(guest, 'event-cancelled')).toHaveLength(1);
      // Cancelling is not also told as an update.
      expect(mails(guest, 'event-updated')).toHaveLength(1);
    }
    expect(mails(organizer, 'event-cancelled')).toHaveLength(0);
  }, 60_000);
});
