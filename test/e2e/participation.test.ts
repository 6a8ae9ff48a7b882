// Participation through /api with the Mobilizon web client's own operations: joining, leaving,
// organizer decisions, anonymous participation by email, the lists, the emails (read from a real
// SMTP receiver) and who may do what.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import type { DataSource } from 'typeorm';
import { startTestApp, type Client, type GqlResponse, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { openTestDataSource, unique } from '../support/database.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('participation e2e skipped: ../shared/mobilizon/client-ops is absent');

const op = (file: string, name: string) => operation(file, name).document;
const JOIN_EVENT = () => op('event.graphql', 'JOIN_EVENT');
const LEAVE_EVENT = () => op('event.graphql', 'LEAVE_EVENT');
const UPDATE_PARTICIPANT = () => op('event.graphql', 'UPDATE_PARTICIPANT');
const CONFIRM_PARTICIPATION = () => op('event.graphql', 'CONFIRM_PARTICIPATION');
const PARTICIPANTS = () => op('event.graphql', 'PARTICIPANTS');
const EVENT_PERSON_PARTICIPATION = () => op('event.graphql', 'EVENT_PERSON_PARTICIPATION');
const LOGGED_USER_PARTICIPATIONS = () => op('participant.graphql', 'LOGGED_USER_PARTICIPATIONS');

const CREATE_EVENT = `mutation CreateEvent($organizerActorId: ID!, $title: String!, $beginsOn: DateTime!, $joinOptions: EventJoinOptions, $draft: Boolean, $status: EventStatus, $options: EventOptionsInput) {
  createEvent(organizerActorId: $organizerActorId, title: $title, description: "", beginsOn: $beginsOn, joinOptions: $joinOptions, draft: $draft, status: $status, options: $options) { id uuid }
}`;
const CONFIG = `{ config { anonymous { actorId participation { allowed validation { email { enabled confirmationRequired } } } } } }`;
const REMAINING = `query Remaining($uuid: UUID!) { event(uuid: $uuid) { options { maximumAttendeeCapacity remainingAttendeeCapacity } participantStats { going participant notApproved notConfirmed rejected creator } } }`;

function ok<T = any>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const code = (res: GqlResponse) => res.errors?.[0]?.code ?? 'ok';

run('participation through the API', () => {
  let app: TestApp;
  let db: DataSource;
  let organizer: ConfirmedAccount; // two identities: [0] organizes, [1] is another of theirs
  let guest: ConfirmedAccount;
  let stranger: ConfirmedAccount;
  let moderator: ConfirmedAccount;
  let anonymousActorId: string;
  const anon = () => app.client();
  const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

  async function createEvent(variables: Record<string, unknown> = {}, by = organizer): Promise<{ id: string; uuid: string }> {
    const res = await by.client.gql(CREATE_EVENT, {
      organizerActorId: by.persons[0].id,
      title: `Party ${unique('e')}`,
      beginsOn: inDays(10),
      ...variables,
    });
    return ok(res).createEvent;
  }
  const join = (client: Client, eventId: string, actorId: string, extra: Record<string, unknown> = {}) =>
    client.gql(JOIN_EVENT(), { eventId, actorId, ...extra });

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    [organizer, guest, stranger, moderator] = await Promise.all([
      createConfirmedAccount(app, { identities: [{}, {}] }),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
    ]);
    await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [moderator.userId]);
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  it('announces anonymous participation and its actor in config', async () => {
    const { config } = ok(await anon().gql(CONFIG));
    expect(config.anonymous.participation).toEqual({ allowed: true, validation: { email: { enabled: true, confirmationRequired: true } } });
    expect(config.anonymous.actorId).toMatch(/^\d+$/);
    anonymousActorId = config.anonymous.actorId;
  });

  it('joins a free event, shows it to the identity and the organizer, refuses a second join, and leaves', async () => {
    const event = await createEvent();
    const joined = ok(await join(guest.client, event.id, guest.persons[0].id, { message: 'Count me in' })).joinEvent;
    expect(joined).toMatchObject({
      role: 'PARTICIPANT',
      actor: { id: guest.persons[0].id },
      event: { id: event.id, uuid: event.uuid },
      metadata: { message: 'Count me in', cancellationToken: null },
    });

    const again = await join(guest.client, event.id, guest.persons[0].id);
    expect(again.errors?.[0]).toMatchObject({ code: 'conflict', message: 'You are already a participant of this event' });

    const mine = ok(await guest.client.gql(EVENT_PERSON_PARTICIPATION(), { actorId: guest.persons[0].id, eventId: event.id })).person
      .participations;
    expect(mine).toEqual({
      total: 1,
      elements: [{ id: joined.id, role: 'PARTICIPANT', actor: { id: guest.persons[0].id }, event: { id: event.id } }],
    });

    const list = ok(await organizer.client.gql(PARTICIPANTS(), { uuid: event.uuid, page: 1, limit: 10, roles: '' })).event;
    expect(list.participants.total).toBe(2);
    expect(list.participants.elements.map((p: any) => p.role)).toEqual(['CREATOR', 'PARTICIPANT']);
    expect(list.participantStats).toEqual({ going: 2, notApproved: 0, rejected: 0, participant: 1 });
    const onlyParticipants = ok(await organizer.client.gql(PARTICIPANTS(), { uuid: event.uuid, roles: 'participant' })).event.participants;
    expect(onlyParticipants.elements.map((p: any) => p.actor.id)).toEqual([guest.persons[0].id]);

    const left = ok(await guest.client.gql(LEAVE_EVENT(), { eventId: event.id, actorId: guest.persons[0].id })).leaveEvent;
    expect(left).toEqual({ id: joined.id, actor: { id: guest.persons[0].id }, event: { id: event.id, uuid: event.uuid } });
    const organizerLeaves = await organizer.client.gql(LEAVE_EVENT(), { eventId: event.id, actorId: organizer.persons[0].id });
    expect(organizerLeaves.errors?.[0]).toMatchObject({
      code: 'unauthorized',
      message: "You can't leave event because you're the only event creator participant",
    });
  });

  it('refuses to join a cancelled event or a draft, with clear errors', async () => {
    const cancelled = await createEvent({ status: 'CANCELLED' });
    expect((await join(organizer.client, cancelled.id, organizer.persons[1].id)).errors?.[0]).toMatchObject({
      code: 'unauthorized',
      message: 'This event is cancelled',
    });
    const draft = await createEvent({ draft: true });
    expect((await join(organizer.client, draft.id, organizer.persons[1].id)).errors?.[0]).toMatchObject({
      code: 'unauthorized',
      message: 'A draft event cannot be joined: publish it first',
    });
    expect(code(await join(guest.client, draft.id, guest.persons[0].id))).toBe('not_found');
  });

  it('asks the organizer on a restricted event, and emails the decisions (approval with the .ics)', async () => {
    ok(await organizer.client.gql(op('user.graphql', 'SET_USER_SETTINGS'), { notificationPendingParticipation: 'DIRECT' }));
    const event = await createEvent({ joinOptions: 'RESTRICTED' });
    const request = ok(await join(guest.client, event.id, guest.persons[0].id)).joinEvent;
    expect(request.role).toBe('NOT_APPROVED');

    const pending = await app.smtp.waitFor((m) => m.to.includes(organizer.email) && m.subject.startsWith('New participation request'));
    expect(pending.text).toContain('Requests waiting for your decision: 1.');
    expect(pending.links[0]).toBe(
      `${new URL(app.url).origin === new URL(pending.links[0]).origin ? app.url : new URL(pending.links[0]).origin}/events/${event.uuid}/participations`,
    );

    const approved = ok(await organizer.client.gql(UPDATE_PARTICIPANT(), { id: request.id, role: 'PARTICIPANT' })).updateParticipation;
    expect(approved).toEqual({ id: request.id, role: 'PARTICIPANT' });
    const mail = await app.smtp.waitFor((m) => m.to.includes(guest.email) && m.subject.includes('is approved'));
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0].contentType).toBe('text/calendar');
    const ics = parsed.attachments[0].content.toString('utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(`UID:${event.uuid}@`);

    ok(await organizer.client.gql(UPDATE_PARTICIPANT(), { id: request.id, role: 'REJECTED' }));
    await app.smtp.waitFor((m) => m.to.includes(guest.email) && m.subject.includes('was declined'));
    const backToPending = ok(
      await organizer.client.gql(UPDATE_PARTICIPANT(), { id: request.id, role: 'NOT_APPROVED' }),
    ).updateParticipation;
    expect(backToPending.role).toBe('NOT_APPROVED');
    expect(code(await organizer.client.gql(UPDATE_PARTICIPANT(), { id: request.id, role: 'CREATOR' }))).toBe('validation');
  });

  // The approval email and its .ics show the event in the same zone: the address's when the event
  // names none in its options, whatever the reader's own zone (issue 7: the email used the reader's).
  it("names the event's zone (from its address) in the approval email and in its .ics alike", async () => {
    const reader = await createConfirmedAccount(app);
    ok(await reader.client.gql(op('user.graphql', 'SET_USER_SETTINGS'), { timezone: 'Asia/Tokyo' }));
    const event = ok(
      await organizer.client.gql(
        `mutation($o: ID!, $t: String!, $b: DateTime!) { createEvent(organizerActorId: $o, title: $t, description: "", beginsOn: $b, joinOptions: RESTRICTED, physicalAddress: { description: "Bryant Park", locality: "New York", timezone: "America/New_York" }) { id uuid } }`,
        { o: organizer.persons[0].id, t: `Zoned ${unique('e')}`, b: '2031-06-05T22:30:00Z' },
      ),
    ).createEvent;
    const request = ok(await join(reader.client, event.id, reader.persons[0].id)).joinEvent;
    ok(await organizer.client.gql(UPDATE_PARTICIPANT(), { id: request.id, role: 'PARTICIPANT' }));

    const mail = await app.smtp.waitFor((m) => m.to.includes(reader.email) && m.subject.includes('is approved'));
    const ics = (await simpleParser(mail.raw)).attachments[0].content.toString('utf8');
    expect(ics).toContain('DTSTART;TZID=America/New_York:20310605T183000');
    // 22:30 UTC is 18:30 in New York (and 07:30 the next day in Tokyo).
    expect(mail.text).toContain('5 June 2031 at 18:30 (America/New_York)');
    expect(mail.text).not.toContain('Asia/Tokyo');
  });

  it('keeps the capacity and shows the seats left', async () => {
    const event = await createEvent({ options: { maximumAttendeeCapacity: 1 } });
    ok(await join(guest.client, event.id, guest.persons[0].id));
    const full = await join(stranger.client, event.id, stranger.persons[0].id);
    expect(full.errors?.[0]).toMatchObject({ code: 'conflict', message: 'The event has already reached its maximum capacity' });
    const { event: seen } = ok(await anon().gql(REMAINING, { uuid: event.uuid }));
    expect(seen.options).toEqual({ maximumAttendeeCapacity: 1, remainingAttendeeCapacity: 0 });
    expect(seen.participantStats).toEqual({ going: 2, participant: 1, notApproved: 0, notConfirmed: 0, rejected: 0, creator: 1 });
  });

  it('lets someone without an account join by email, confirm once, and cancel with the token', async () => {
    const event = await createEvent({ options: { anonymousParticipation: true } });
    const email = `${unique('anon')}@example.org`.toLowerCase();
    const joined = ok(await join(anon(), event.id, anonymousActorId, { email, locale: 'fr', message: 'Bonjour' })).joinEvent;
    expect(joined).toMatchObject({ role: 'NOT_CONFIRMED', actor: { id: anonymousActorId }, metadata: { message: 'Bonjour' } });
    expect(joined.metadata.cancellationToken).toEqual(expect.any(String));

    const mail = await app.smtp.waitFor((m) => m.to.includes(email) && m.subject.startsWith('Confirmez votre participation'));
    const link = mail.links.find((l) => l.includes('/participation/email/confirm/'))!;
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop()!);
    const confirmed = ok(await anon().gql(CONFIRM_PARTICIPATION(), { token })).confirmParticipation;
    expect(confirmed).toEqual({
      actor: { id: anonymousActorId },
      event: { id: event.id, uuid: event.uuid, joinOptions: 'FREE' },
      role: 'PARTICIPANT',
    });
    expect(code(await anon().gql(CONFIRM_PARTICIPATION(), { token }))).toBe('not_found');

    const done = await app.smtp.waitFor((m) => m.to.includes(email) && m.subject.includes('est confirmée'));
    expect((await simpleParser(done.raw)).attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    const emailedToken = new URL(done.links.find((l) => l.includes('#cancellation-token-'))!).hash.replace('#cancellation-token-', '');

    expect(code(await anon().gql(LEAVE_EVENT(), { eventId: event.id, actorId: anonymousActorId, token: 'wrong' }))).toBe('not_found');
    const left = ok(await anon().gql(LEAVE_EVENT(), { eventId: event.id, actorId: anonymousActorId, token: emailedToken })).leaveEvent;
    expect(left).toEqual({ id: joined.id, actor: { id: anonymousActorId }, event: { id: event.id, uuid: event.uuid } });
    expect(
      code(await anon().gql(LEAVE_EVENT(), { eventId: event.id, actorId: anonymousActorId, token: joined.metadata.cancellationToken })),
    ).toBe('not_found');

    const closed = await createEvent();
    expect(code(await join(anon(), closed.id, anonymousActorId, { email }))).toBe('unauthorized');
  });

  it("lists the logged user's participations, upcoming first", async () => {
    const account = await createConfirmedAccount(app, { identities: [{}, {}] });
    const later = await createEvent();
    const sooner = await createEvent({ beginsOn: inDays(2) });
    ok(await join(account.client, later.id, account.persons[0].id));
    ok(await join(account.client, sooner.id, account.persons[1].id));
    const { loggedUser } = ok(await account.client.gql(LOGGED_USER_PARTICIPATIONS(), { page: 1, limit: 10 }));
    expect(loggedUser.participations.total).toBe(2);
    expect(loggedUser.participations.elements.map((p: any) => [p.event.uuid, p.actor.id, p.role])).toEqual([
      [sooner.uuid, account.persons[1].id, 'PARTICIPANT'],
      [later.uuid, account.persons[0].id, 'PARTICIPANT'],
    ]);
    expect(loggedUser.participations.elements[0].event.participantStats).toEqual({ going: 2, notApproved: 0, participant: 1 });
    // Nobody else reads an identity's participations.
    expect(code(await stranger.client.gql(EVENT_PERSON_PARTICIPATION(), { actorId: account.persons[0].id, eventId: later.id }))).toBe(
      'unauthorized',
    );
  });

  describe('who may do what', () => {
    type Who = 'anonymous' | 'another account' | "owner's other identity" | 'organizer' | 'moderator';
    const WHO: Who[] = ['anonymous', 'another account', "owner's other identity", 'organizer', 'moderator'];
    const clientOf = (who: Who): Client =>
      who === 'anonymous'
        ? anon()
        : who === 'another account'
          ? stranger.client
          : who === 'moderator'
            ? moderator.client
            : organizer.client;
    /** The identity each acts as when an operation takes one. */
    const actorOf = (who: Who): string =>
      who === 'another account'
        ? stranger.persons[0].id
        : who === 'moderator'
          ? moderator.persons[0].id
          : who === 'organizer'
            ? organizer.persons[0].id
            : organizer.persons[1].id;

    it('joinEvent with one’s own identity', async () => {
      const event = await createEvent();
      const got: Record<string, string> = {};
      for (const who of WHO) got[who] = code(await join(clientOf(who), event.id, who === 'anonymous' ? guest.persons[0].id : actorOf(who)));
      expect(got).toEqual({
        anonymous: 'unauthenticated',
        'another account': 'ok',
        "owner's other identity": 'ok',
        organizer: 'conflict',
        moderator: 'ok',
      });
      // Nobody joins as somebody else's identity.
      expect(code(await join(stranger.client, event.id, guest.persons[0].id))).toBe('unauthorized');
    });

    it("leaveEvent of the guest's participation", async () => {
      const event = await createEvent();
      ok(await join(guest.client, event.id, guest.persons[0].id));
      const got: Record<string, string> = {};
      for (const who of WHO) got[who] = code(await clientOf(who).gql(LEAVE_EVENT(), { eventId: event.id, actorId: guest.persons[0].id }));
      expect(got).toEqual({
        anonymous: 'unauthenticated',
        'another account': 'unauthorized',
        "owner's other identity": 'unauthorized',
        organizer: 'unauthorized',
        moderator: 'unauthorized',
      });
      expect(code(await guest.client.gql(LEAVE_EVENT(), { eventId: event.id, actorId: guest.persons[0].id }))).toBe('ok');
    });

    it('updateParticipation and event.participants: the organizing account only', async () => {
      const event = await createEvent({ joinOptions: 'RESTRICTED' });
      const request = ok(await join(guest.client, event.id, guest.persons[0].id)).joinEvent;
      const updates: Record<string, string> = {};
      const lists: Record<string, string> = {};
      for (const who of WHO) {
        updates[who] = code(
          await clientOf(who).gql(UPDATE_PARTICIPANT(), { id: request.id, role: who === 'organizer' ? 'PARTICIPANT' : 'REJECTED' }),
        );
        lists[who] = code(await clientOf(who).gql(PARTICIPANTS(), { uuid: event.uuid }));
      }
      // The account that owns the event decides, whichever of its identities it currently uses.
      expect(updates).toEqual({
        anonymous: 'unauthenticated',
        'another account': 'unauthorized',
        "owner's other identity": 'ok',
        organizer: 'ok',
        moderator: 'unauthorized',
      });
      expect(lists).toEqual({
        anonymous: 'unauthenticated',
        'another account': 'unauthorized',
        "owner's other identity": 'ok',
        organizer: 'ok',
        moderator: 'unauthorized',
      });
      expect(code(await guest.client.gql(UPDATE_PARTICIPANT(), { id: request.id, role: 'PARTICIPANT' }))).toBe('unauthorized');
    });

    it('confirmParticipation answers only to a valid token, whoever asks', async () => {
      const got: Record<string, string> = {};
      for (const who of WHO) got[who] = code(await clientOf(who).gql(CONFIRM_PARTICIPATION(), { token: `not-a-token-${who}` }));
      expect(new Set(Object.values(got))).toEqual(new Set(['not_found']));
    });
  });
});
