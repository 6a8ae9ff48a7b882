import { beforeEach, describe, expect, it } from '@jest/globals';
import { makeAccount } from '../../../test/factories/accounts.js';
import { makeEvent } from '../../../test/factories/events.js';
import { CountingRateLimiter } from '../../../test/fakes/counting-rate-limiter.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryEventRepository } from '../../../test/fakes/in-memory-event.repository.js';
import { InMemoryParticipationRepository } from '../../../test/fakes/in-memory-participation.repository.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { RecordingMailer } from '../../../test/fakes/recording-mailer.js';
import { SequentialTokenGenerator } from '../../../test/fakes/sequential-token-generator.js';
import type { UserRole } from '../accounts/index.js';
import { Event, type EventChanges } from '../events/index.js';
import type { EmailAttachment, Result } from '../shared/index.js';
import {
  AnonymousParticipation,
  ConfirmParticipation,
  EventCalendarFile,
  JoinEvent,
  LeaveEvent,
  ListEventParticipants,
  ListPersonParticipations,
  ListUserParticipations,
  SendParticipationEmail,
  UpdateParticipation,
  WithdrawSuspendedParticipant,
  parseRoles,
  seatsLeft,
  type AnonymousParticipationSettings,
  PARTICIPATION_EMAIL_EVENTS,
  type ParticipationEmailEvent,
  type ParticipationError,
} from './index.js';

class FixedAnonymous extends AnonymousParticipation {
  value: AnonymousParticipationSettings = { allowed: true, actorId: '1' };
  async settings(): Promise<AnonymousParticipationSettings> {
    return this.value;
  }
}

class TextCalendar extends EventCalendarFile {
  attachmentFor(event: Event): EmailAttachment {
    return { filename: 'event.ics', contentType: 'text/calendar', content: `BEGIN:VCALENDAR ${event.uuid}` };
  }
}

const errorOf = <T>(r: Result<T, ParticipationError>) => (r.ok ? null : r.error.type);
const valueOf = <T>(r: Result<T, ParticipationError>): T => {
  if (!r.ok) throw new Error(`unexpected ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('participations', () => {
  let clock: FixedClock;
  let users: InMemoryUserRepository;
  let persons: InMemoryPersonRepository;
  let events: InMemoryEventRepository;
  let participations: InMemoryParticipationRepository;
  let anonymous: FixedAnonymous;
  let tokens: SequentialTokenGenerator;
  let mailer: RecordingMailer;
  let join: JoinEvent;
  let leave: LeaveEvent;
  let update: UpdateParticipation;
  let confirm: ConfirmParticipation;
  let send: SendParticipationEmail;

  const account = (role: UserRole = 'USER', identities = 1) => makeAccount({ users, persons, clock }, role, identities);
  const event = (organizerActorId: string, changes: EventChanges = {}) => makeEvent({ events, clock }, organizerActorId, changes);

  /** Runs the email job of every email event recorded so far, as the worker would. */
  async function runEmailJobs() {
    const jobs = participations.outbox.splice(0);
    for (const job of jobs) {
      if ((PARTICIPATION_EMAIL_EVENTS as readonly string[]).includes(job.name)) {
        // Through JSON, as the outbox and the queue carry it.
        await send.execute(JSON.parse(JSON.stringify(job)) as ParticipationEmailEvent);
      }
    }
  }

  beforeEach(() => {
    clock = new FixedClock();
    users = new InMemoryUserRepository();
    persons = new InMemoryPersonRepository();
    events = new InMemoryEventRepository();
    participations = new InMemoryParticipationRepository(events);
    anonymous = new FixedAnonymous();
    tokens = new SequentialTokenGenerator();
    mailer = new RecordingMailer();
    const limiter = new CountingRateLimiter();
    join = new JoinEvent(events, participations, persons, users, anonymous, tokens, limiter, clock);
    leave = new LeaveEvent(events, participations, persons, users, anonymous, tokens, clock);
    update = new UpdateParticipation(events, participations, persons, users, clock);
    confirm = new ConfirmParticipation(events, participations, tokens, clock);
    send = new SendParticipationEmail(participations, events, persons, users, tokens, new TextCalendar(), mailer, clock, 'en');
  });

  describe('joining', () => {
    it('accepts at once on a FREE event and asks the organizers on a RESTRICTED one', async () => {
      const organizer = await account();
      const guest = await account();
      const free = await event(organizer.actorIds[0]);
      const restricted = await event(organizer.actorIds[0], { joinOptions: 'RESTRICTED' });

      const joined = valueOf(await join.execute({ userId: guest.userId, eventId: free.id, actorId: guest.actorIds[0], message: ' hi ' }));
      expect(joined.participation.role).toBe('PARTICIPANT');
      expect(joined.participation.snapshot().message).toBe('hi');
      expect(joined.cancellationToken).toBeNull();
      const asked = valueOf(await join.execute({ userId: guest.userId, eventId: restricted.id, actorId: guest.actorIds[0] }));
      expect(asked.participation.role).toBe('NOT_APPROVED');
      expect(participations.outbox.map((e) => e.name)).toEqual([
        'participation.created',
        'participation.created',
        'participation.requested',
      ]);
    });

    it('gives clear errors: twice, draft, cancelled, not joinable, not logged in, not my identity', async () => {
      const organizer = await account('USER', 2);
      const guest = await account();
      const open = await event(organizer.actorIds[0]);
      const draft = await event(organizer.actorIds[0], { draft: true });
      const cancelled = await event(organizer.actorIds[0], { status: 'CANCELLED' });
      const external = await event(organizer.actorIds[0], { joinOptions: 'EXTERNAL', externalParticipationUrl: 'https://tickets.example' });

      await join.execute({ userId: guest.userId, eventId: open.id, actorId: guest.actorIds[0] });
      expect(errorOf(await join.execute({ userId: guest.userId, eventId: open.id, actorId: guest.actorIds[0] }))).toBe(
        'already-participant',
      );
      // The organizer's own identity is already its CREATOR.
      expect(errorOf(await join.execute({ userId: organizer.userId, eventId: open.id, actorId: organizer.actorIds[0] }))).toBe(
        'already-participant',
      );
      // Their other identity may not join their own draft; others do not even see it.
      expect(errorOf(await join.execute({ userId: organizer.userId, eventId: draft.id, actorId: organizer.actorIds[1] }))).toBe(
        'event-draft',
      );
      expect(errorOf(await join.execute({ userId: guest.userId, eventId: draft.id, actorId: guest.actorIds[0] }))).toBe('event-not-found');
      expect(errorOf(await join.execute({ userId: organizer.userId, eventId: cancelled.id, actorId: organizer.actorIds[1] }))).toBe(
        'event-cancelled',
      );
      expect(errorOf(await join.execute({ userId: guest.userId, eventId: external.id, actorId: guest.actorIds[0] }))).toBe(
        'event-not-joinable',
      );
      expect(errorOf(await join.execute({ userId: null, eventId: open.id, actorId: guest.actorIds[0] }))).toBe('unauthenticated');
      expect(errorOf(await join.execute({ userId: guest.userId, eventId: open.id, actorId: organizer.actorIds[1] }))).toBe(
        'identity-not-found',
      );
      expect(errorOf(await join.execute({ userId: guest.userId, eventId: '999999', actorId: guest.actorIds[0] }))).toBe('event-not-found');
    });

    it('never exceeds the capacity, for joins and for approvals; creators take no seat', async () => {
      const organizer = await account();
      const a = await account();
      const b = await account();
      const c = await account();
      const full = await event(organizer.actorIds[0], { options: { maximumAttendeeCapacity: 1 } });
      expect(valueOf(await join.execute({ userId: a.userId, eventId: full.id, actorId: a.actorIds[0] })).participation.role).toBe(
        'PARTICIPANT',
      );
      expect(errorOf(await join.execute({ userId: b.userId, eventId: full.id, actorId: b.actorIds[0] }))).toBe('event-full');

      const restricted = await event(organizer.actorIds[0], { joinOptions: 'RESTRICTED', options: { maximumAttendeeCapacity: 1 } });
      const pb = valueOf(await join.execute({ userId: b.userId, eventId: restricted.id, actorId: b.actorIds[0] })).participation;
      const pc = valueOf(await join.execute({ userId: c.userId, eventId: restricted.id, actorId: c.actorIds[0] })).participation;
      expect(valueOf(await update.execute({ userId: organizer.userId, participationId: pb.id, role: 'PARTICIPANT' })).role).toBe(
        'PARTICIPANT',
      );
      expect(errorOf(await update.execute({ userId: organizer.userId, participationId: pc.id, role: 'PARTICIPANT' }))).toBe('event-full');
      expect((await participations.findById(pc.id))?.role).toBe('NOT_APPROVED');
    });

    it('counts seats left from the capacity: none past it, no number without a limit', () => {
      expect(seatsLeft(3, 1)).toBe(2);
      expect(seatsLeft(1, 3)).toBe(0);
      expect(seatsLeft(0, 5)).toBeNull();
    });
  });

  describe('leaving', () => {
    it('lets a participant leave, but never the only creator', async () => {
      const organizer = await account();
      const guest = await account();
      const e = await event(organizer.actorIds[0]);
      await join.execute({ userId: guest.userId, eventId: e.id, actorId: guest.actorIds[0] });
      participations.outbox.length = 0;
      expect(valueOf(await leave.execute({ userId: guest.userId, eventId: e.id, actorId: guest.actorIds[0] })).actorId).toBe(
        guest.actorIds[0],
      );
      expect(participations.outbox.map((x) => x.name)).toEqual(['participation.cancelled']);
      expect(errorOf(await leave.execute({ userId: guest.userId, eventId: e.id, actorId: guest.actorIds[0] }))).toBe('not-participant');
      expect(errorOf(await leave.execute({ userId: organizer.userId, eventId: e.id, actorId: organizer.actorIds[0] }))).toBe(
        'only-creator',
      );
      expect(errorOf(await leave.execute({ userId: guest.userId, eventId: e.id, actorId: organizer.actorIds[0] }))).toBe(
        'identity-not-found',
      );
      expect(errorOf(await leave.execute({ userId: null, eventId: e.id, actorId: guest.actorIds[0] }))).toBe('unauthenticated');
    });
  });

  describe('organizer decisions', () => {
    it('approves, refuses and puts back to pending; only the organizer may', async () => {
      const organizer = await account('USER', 2);
      const guest = await account();
      const moderator = await account('MODERATOR');
      const e = await event(organizer.actorIds[0], { joinOptions: 'RESTRICTED' });
      const p = valueOf(await join.execute({ userId: guest.userId, eventId: e.id, actorId: guest.actorIds[0] })).participation;
      participations.outbox.length = 0;

      for (const who of [guest, moderator]) {
        expect(errorOf(await update.execute({ userId: who.userId, participationId: p.id, role: 'PARTICIPANT' }))).toBe('not-organizer');
      }
      expect(errorOf(await update.execute({ userId: null, participationId: p.id, role: 'PARTICIPANT' }))).toBe('unauthenticated');
      expect(valueOf(await update.execute({ userId: organizer.userId, participationId: p.id, role: 'PARTICIPANT' })).role).toBe(
        'PARTICIPANT',
      );
      expect(valueOf(await update.execute({ userId: organizer.userId, participationId: p.id, role: 'REJECTED' })).role).toBe('REJECTED');
      expect(valueOf(await update.execute({ userId: organizer.userId, participationId: p.id, role: 'NOT_APPROVED' })).role).toBe(
        'NOT_APPROVED',
      );
      expect(participations.outbox.map((x) => x.name)).toEqual([
        'participation.approved',
        'participation.rejected',
        'participation.unapproved',
      ]);
      expect(errorOf(await update.execute({ userId: organizer.userId, participationId: p.id, role: 'CREATOR' }))).toBe('invalid-role');
      const creator = await participations.findByActor(e.id, organizer.actorIds[0]);
      expect(errorOf(await update.execute({ userId: organizer.userId, participationId: creator!.id, role: 'REJECTED' }))).toBe(
        'invalid-transition',
      );
      expect(errorOf(await update.execute({ userId: organizer.userId, participationId: '404', role: 'REJECTED' }))).toBe(
        'participation-not-found',
      );
    });

    it('refuses a stale update (someone decided meanwhile)', async () => {
      const organizer = await account();
      const guest = await account();
      const e = await event(organizer.actorIds[0], { joinOptions: 'RESTRICTED' });
      const p = valueOf(await join.execute({ userId: guest.userId, eventId: e.id, actorId: guest.actorIds[0] })).participation;
      const stale = (await participations.findById(p.id))!;
      await update.execute({ userId: organizer.userId, participationId: p.id, role: 'REJECTED' });
      stale.changeRole('PARTICIPANT', clock.now());
      expect(await participations.save(stale)).toBe('conflict');
    });
  });

  describe('anonymous participation', () => {
    it('joins with an email, confirms once by the emailed secret, and cancels with the token', async () => {
      const organizer = await account();
      const e = await event(organizer.actorIds[0], { options: { anonymousParticipation: true } });
      const joined = valueOf(await join.execute({ userId: null, eventId: e.id, actorId: '1', email: ' Ada@Example.test ', locale: 'fr' }));
      expect(joined.participation.role).toBe('NOT_CONFIRMED');
      expect(joined.participation.email).toBe('ada@example.test');
      expect(joined.cancellationToken).toBe('secret-1');
      expect(errorOf(await join.execute({ userId: null, eventId: e.id, actorId: '1', email: 'ada@example.test' }))).toBe(
        'already-participant',
      );

      await runEmailJobs();
      const mail = mailer.sent.find((m) => m.template === 'anonymous-participation-confirmation')!;
      expect(mail).toMatchObject({ to: 'ada@example.test', locale: 'fr', data: { token: 'secret-2', eventUuid: e.uuid, hours: 48 } });

      const confirmed = valueOf(await confirm.execute({ token: 'secret-2' }));
      expect(confirmed.role).toBe('PARTICIPANT');
      expect(errorOf(await confirm.execute({ token: 'secret-2' }))).toBe('invalid-token');
      await runEmailJobs();
      const done = mailer.sent.find((m) => m.template === 'participation-confirmed')!;
      expect(done).toMatchObject({ to: 'ada@example.test', data: { approvalRequired: false, cancellationToken: 'secret-3' } });
      expect(done.attachments?.[0].content).toContain(e.uuid);

      expect(errorOf(await leave.execute({ userId: null, eventId: e.id, actorId: '1', token: 'wrong' }))).toBe('invalid-token');
      // Both the joinEvent answer's token and the emailed one cancel it; then nothing is left.
      expect(valueOf(await leave.execute({ userId: null, eventId: e.id, actorId: '1', token: 'secret-3' })).email).toBe('ada@example.test');
      expect(errorOf(await leave.execute({ userId: null, eventId: e.id, actorId: '1', token: 'secret-1' }))).toBe('invalid-token');
    });

    it('expires confirmation secrets and waits for approval on restricted events', async () => {
      const organizer = await account();
      const e = await event(organizer.actorIds[0], { joinOptions: 'RESTRICTED', options: { anonymousParticipation: true } });
      await join.execute({ userId: null, eventId: e.id, actorId: '1', email: 'bob@example.test' });
      await runEmailJobs();
      clock.advance(49 * 3600_000);
      expect(errorOf(await confirm.execute({ token: 'secret-2' }))).toBe('invalid-token');

      await join.execute({ userId: null, eventId: e.id, actorId: '1', email: 'cy@example.test' });
      await runEmailJobs();
      expect(valueOf(await confirm.execute({ token: 'secret-4' })).role).toBe('NOT_APPROVED');
      await runEmailJobs();
      expect(
        mailer.sent
          .filter((m) => m.template === 'participation-confirmed')
          .map((m) => (m.data as { approvalRequired: boolean }).approvalRequired),
      ).toEqual([true]);
    });

    it('is refused when the instance or the event does not allow it, and needs an email', async () => {
      const organizer = await account();
      const closed = await event(organizer.actorIds[0]);
      const open = await event(organizer.actorIds[0], { options: { anonymousParticipation: true } });
      expect(errorOf(await join.execute({ userId: null, eventId: closed.id, actorId: '1', email: 'a@example.test' }))).toBe(
        'anonymous-not-allowed',
      );
      expect(errorOf(await join.execute({ userId: null, eventId: open.id, actorId: '1', email: 'not an email' }))).toBe('invalid-fields');
      anonymous.value = { allowed: false, actorId: '1' };
      expect(errorOf(await join.execute({ userId: null, eventId: open.id, actorId: '1', email: 'a@example.test' }))).toBe(
        'anonymous-not-allowed',
      );
    });
  });

  describe('emails', () => {
    it('tells the participant of decisions (with the .ics when approved) and the organizer of requests when DIRECT', async () => {
      const organizer = await account();
      const guest = await account();
      const e = await event(organizer.actorIds[0], { joinOptions: 'RESTRICTED' });
      const p = valueOf(await join.execute({ userId: guest.userId, eventId: e.id, actorId: guest.actorIds[0] })).participation;
      await runEmailJobs();
      // Default setting (ONE_DAY) leaves pending requests to the digest.
      expect(mailer.sent).toEqual([]);

      organizer.user.updateSettings({ notificationPendingParticipation: 'DIRECT' });
      await users.save(organizer.user);
      await update.execute({ userId: organizer.userId, participationId: p.id, role: 'NOT_APPROVED' });
      const other = await account();
      await join.execute({ userId: other.userId, eventId: e.id, actorId: other.actorIds[0] });
      await update.execute({ userId: organizer.userId, participationId: p.id, role: 'PARTICIPANT' });
      await runEmailJobs();
      expect(mailer.sent.map((m) => [m.template, m.to])).toEqual([
        ['participation-pending', organizer.user.email],
        ['participation-approved', guest.user.email],
      ]);
      expect(mailer.sent[0].data).toMatchObject({ participantName: expect.stringMatching(/^Person \d+$/), pendingCount: 1 });
      expect(mailer.sent[1].attachments?.[0].filename).toBe('event.ics');

      // A job for a decision taken back since sends nothing.
      await update.execute({ userId: organizer.userId, participationId: p.id, role: 'REJECTED' });
      await update.execute({ userId: organizer.userId, participationId: p.id, role: 'NOT_APPROVED' });
      mailer.sent.length = 0;
      await runEmailJobs();
      expect(mailer.sent).toEqual([]);
    });
  });

  describe('lists', () => {
    it('shows participants to organizers only, and an account its participations upcoming first', async () => {
      const organizer = await account();
      const guest = await account('USER', 2);
      const stranger = await account();
      const past = await event(organizer.actorIds[0], {});
      const soon = await event(organizer.actorIds[0], {});
      const later = await event(organizer.actorIds[0], {});
      past.update({ beginsOn: new Date('2026-01-01T10:00:00Z') }, clock.now());
      soon.update({ beginsOn: new Date('2026-02-01T10:00:00Z') }, clock.now());
      later.update({ beginsOn: new Date('2026-03-01T10:00:00Z') }, clock.now());
      for (const e of [past, soon, later]) await events.save(e);
      await join.execute({ userId: guest.userId, eventId: later.id, actorId: guest.actorIds[0] });
      await join.execute({ userId: guest.userId, eventId: past.id, actorId: guest.actorIds[1] });
      await join.execute({ userId: guest.userId, eventId: soon.id, actorId: guest.actorIds[0] });

      const list = new ListEventParticipants(events, participations, persons, users);
      const page = valueOf(await list.execute({ userId: organizer.userId, eventId: later.id, roles: parseRoles('participant, nonsense') }));
      expect(page.elements.map((p) => p.actorId)).toEqual([guest.actorIds[0]]);
      expect(errorOf(await list.execute({ userId: stranger.userId, eventId: later.id, roles: [] }))).toBe('not-organizer');
      expect(errorOf(await list.execute({ userId: null, eventId: later.id, roles: [] }))).toBe('unauthenticated');

      const mine = await new ListUserParticipations(participations, persons, clock).execute({ userId: guest.userId });
      expect(mine.elements.map((p) => p.eventId)).toEqual([soon.id, later.id, past.id]);
      const person = new ListPersonParticipations(participations, persons, users);
      expect(valueOf(await person.execute({ userId: guest.userId, personId: guest.actorIds[1] })).total).toBe(1);
      expect(errorOf(await person.execute({ userId: stranger.userId, personId: guest.actorIds[1] }))).toBe('identity-not-found');
    });
  });

  it("withdraws a suspended identity from others' upcoming events, freeing its seats", async () => {
    const organizer = await account();
    const guest = await account();
    const first = await event(organizer.actorIds[0], { options: { maximumAttendeeCapacity: 1 } });
    const second = await event(organizer.actorIds[0]);
    const own = await event(guest.actorIds[0]);
    valueOf(await join.execute({ userId: guest.userId, eventId: first.id, actorId: guest.actorIds[0] }));
    valueOf(await join.execute({ userId: guest.userId, eventId: second.id, actorId: guest.actorIds[0] }));
    const withdraw = new WithdrawSuspendedParticipant(persons, participations, events, clock);
    expect(await withdraw.execute({ personId: guest.actorIds[0] })).toBe(0); // not suspended: nothing

    const person = (await persons.findById(guest.actorIds[0]))!;
    person.suspend(clock.now());
    await persons.save(person);
    expect(await withdraw.execute({ personId: guest.actorIds[0] })).toBe(2);
    expect(await participations.findByActor(first.id, guest.actorIds[0])).toBeNull();
    expect(await participations.findByActor(second.id, guest.actorIds[0])).toBeNull();
    // Its own event keeps its CREATOR row (the event is hidden by the suspension instead).
    expect((await participations.findByActor(own.id, guest.actorIds[0]))?.role).toBe('CREATOR');
    // The freed seat can be taken.
    const other = await account();
    expect(valueOf(await join.execute({ userId: other.userId, eventId: first.id, actorId: other.actorIds[0] })).participation.role).toBe(
      'PARTICIPANT',
    );
    expect(await withdraw.execute({ personId: guest.actorIds[0] })).toBe(0);
  });
});
