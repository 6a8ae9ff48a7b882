import { beforeEach, describe, expect, it } from '@jest/globals';
import { CountingRateLimiter } from '../../../test/fakes/counting-rate-limiter.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryActionLog } from '../../../test/fakes/in-memory-action-log.js';
import { InMemoryEventAudience, makeRecipient } from '../../../test/fakes/in-memory-event-audience.js';
import { InMemoryEventRepository } from '../../../test/fakes/in-memory-event.repository.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { InMemoryReportRepository } from '../../../test/fakes/in-memory-report.repository.js';
import { InMemorySentNotifications } from '../../../test/fakes/in-memory-sent-notifications.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { RecordingMailer } from '../../../test/fakes/recording-mailer.js';
import { maySuspendIdentityOf, User, type UserRole } from '../accounts/index.js';
import { Event } from '../events/index.js';
import { InstanceIdentity, Person } from '../identities/index.js';
import {
  CreateReport,
  CreateReportNote,
  DeleteReportNote,
  ListActionLogs,
  ListReports,
  ModeratorDirectory,
  NotifyOrganizerSuspended,
  ReportedComments,
  ReportingSettings,
  SendReportEmail,
  SuspendProfile,
  UnsuspendProfile,
  UpdateReportStatus,
  ViewReport,
  type AnonymousReportSettings,
  type ModeratorRecipient,
} from './index.js';

class Instance extends InstanceIdentity {
  baseUrl(): string {
    return 'https://convene.test';
  }
}
class FakeComments extends ReportedComments {
  constructor(readonly authors: Map<string, string> | null) {
    super();
  }
  async authorsOf(): Promise<Map<string, string> | null> {
    return this.authors;
  }
}
class FakeSettings extends ReportingSettings {
  value: AnonymousReportSettings = { allowed: false, actorId: '99' };
  async anonymousReports(): Promise<AnonymousReportSettings> {
    return this.value;
  }
}
class FakeDirectory extends ModeratorDirectory {
  constructor(private readonly users: InMemoryUserRepository) {
    super();
  }
  async recipients(): Promise<ModeratorRecipient[]> {
    return [...this.users.rows.values()].filter((u) => u.isModerator).map((u) => ({ userId: u.id, email: u.email, locale: u.locale }));
  }
}

describe('reports and moderation', () => {
  let clock: FixedClock;
  let users: InMemoryUserRepository;
  let persons: InMemoryPersonRepository;
  let events: InMemoryEventRepository;
  let reports: InMemoryReportRepository;
  let log: InMemoryActionLog;
  let settings: FakeSettings;
  let comments: FakeComments;
  let createReport: CreateReport;

  async function account(id: string, role: UserRole, personId: string, username: string, locale = 'en'): Promise<void> {
    const user = User.register({ id, email: `${username}@example.test`, passwordHash: 'x', locale, role, confirmed: true }, clock.now());
    user.setDefaultActor(personId);
    await users.save(user);
    await persons.save(
      Person.createLocal(
        {
          id: personId,
          userId: id,
          preferredUsername: username,
          name: username,
          summary: '',
          avatarId: null,
          bannerId: null,
          baseUrl: 'https://convene.test',
        },
        clock.now(),
      ),
    );
  }

  async function event(id: string, organizer: string, title = `Event ${id}`): Promise<void> {
    const created = Event.create(
      {
        id,
        uuid: `00000000-0000-4000-8000-00000000000${id}`,
        baseUrl: 'https://convene.test',
        organizerActorId: organizer,
        title,
        beginsOn: new Date('2026-02-01T10:00:00Z'),
      },
      {},
      clock.now(),
    );
    if (!('event' in created)) throw new Error('invalid event');
    await events.save(created.event);
  }

  beforeEach(async () => {
    clock = new FixedClock();
    users = new InMemoryUserRepository();
    persons = new InMemoryPersonRepository();
    events = new InMemoryEventRepository();
    reports = new InMemoryReportRepository();
    log = new InMemoryActionLog();
    settings = new FakeSettings();
    comments = new FakeComments(
      new Map([
        ['c1', '2'],
        ['c2', '1'],
      ]),
    );
    await account('u1', 'USER', '1', 'reporter');
    await account('u2', 'USER', '2', 'organizer');
    await account('u3', 'MODERATOR', '3', 'moderator', 'fr');
    await account('u4', 'ADMINISTRATOR', '4', 'admin');
    await account('u5', 'MODERATOR', '5', 'other_moderator');
    await event('7', '2');
    await event('8', '1'); // the reporter's own event
    createReport = new CreateReport(reports, persons, users, events, comments, settings, new Instance(), new CountingRateLimiter(), clock);
  });

  const report = (overrides: Partial<Parameters<CreateReport['execute']>[0]> = {}) =>
    createReport.execute({
      userId: 'u1',
      reportedId: '2',
      eventIds: ['7', '8', 'nope'],
      commentIds: ['c1', 'c2', 'c9'],
      content: '  Spam  ',
      forward: true,
      ...overrides,
    });

  describe('createReport', () => {
    it('keeps only what the reported identity organized or wrote, and records report.created', async () => {
      const result = await report();
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const s = result.value.snapshot();
      expect(s).toMatchObject({
        reporterActorId: '1',
        reportedActorId: '2',
        content: 'Spam',
        eventIds: ['7'],
        commentIds: ['c1'],
        forward: true,
        status: 'OPEN',
      });
      expect(s.url).toMatch(/^https:\/\/convene\.test\/report\/[0-9a-f-]{36}$/);
      expect(reports.outbox.map((e) => e.name)).toEqual(['report.created']);
    });

    it('keeps comment ids as given when comments cannot be checked', async () => {
      createReport = new CreateReport(
        reports,
        persons,
        users,
        events,
        new FakeComments(null),
        settings,
        new Instance(),
        new CountingRateLimiter(),
        clock,
      );
      const result = await report();
      expect(result.ok && result.value.snapshot().commentIds).toEqual(['c1', 'c2', 'c9']);
    });

    it('is anonymous only when the instance allows it, as the anonymous actor', async () => {
      expect(await report({ userId: null })).toEqual({ ok: false, error: { type: 'anonymous-reports-disabled' } });
      settings.value = { allowed: true, actorId: '99' };
      const result = await report({ userId: null });
      expect(result.ok && result.value.reporterActorId).toBe('99');
    });

    it('refuses an unknown reported identity, oneself, a suspended reporter and overlong content', async () => {
      expect(await report({ reportedId: '404' })).toEqual({ ok: false, error: { type: 'profile-not-found' } });
      expect(await report({ reportedId: '1' })).toEqual({ ok: false, error: { type: 'profile-not-found' } });
      expect((await report({ content: 'x'.repeat(5001) })).ok).toBe(false);
      const reporter = (await persons.findById('1'))!;
      reporter.suspend(clock.now());
      await persons.save(reporter);
      expect(await report()).toEqual({ ok: false, error: { type: 'identity-not-found' } });
    });
  });

  describe('moderation', () => {
    let reportId: string;
    beforeEach(async () => {
      const created = await report();
      if (!created.ok) throw new Error('no report');
      reportId = created.value.id;
    });

    it('lets only moderators and administrators read reports', async () => {
      const list = new ListReports(reports, users, persons);
      const view = new ViewReport(reports, users, persons);
      expect(await list.execute({ userId: null })).toEqual({ ok: false, error: { type: 'unauthenticated' } });
      expect(await list.execute({ userId: 'u1' })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect(await view.execute({ userId: 'u2', reportId })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      const page = await list.execute({ userId: 'u3', status: 'OPEN' });
      expect(page.ok && page.value.elements.map((r) => r.id)).toEqual([reportId]);
      expect((await view.execute({ userId: 'u4', reportId })).ok).toBe(true);
      expect(await view.execute({ userId: 'u4', reportId: '404' })).toEqual({ ok: false, error: { type: 'report-not-found' } });
    });

    it('changes the status and records it under the moderator default identity, once', async () => {
      const update = new UpdateReportStatus(reports, users, persons, log, clock);
      expect(await update.execute({ userId: 'u1', reportId, status: 'RESOLVED' })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect((await update.execute({ userId: 'u3', reportId, status: 'RESOLVED' })).ok).toBe(true);
      expect((await update.execute({ userId: 'u3', reportId, status: 'RESOLVED' })).ok).toBe(true);
      expect((await reports.findById(reportId))!.status).toBe('RESOLVED');
      expect(log.entries.map((e) => [e.moderatorActorId, e.action, e.objectType, e.objectId])).toEqual([
        ['3', 'REPORT_UPDATE_RESOLVED', 'Report', reportId],
      ]);
    });

    it('adds notes; only their author deletes them, not even an administrator (issue 12.5)', async () => {
      const create = new CreateReportNote(reports, users, persons, log, clock);
      const remove = new DeleteReportNote(reports, users, persons, log, clock);
      expect(await create.execute({ userId: 'u3', reportId, content: '   ' })).toMatchObject({
        ok: false,
        error: { type: 'invalid-fields' },
      });
      const note = await create.execute({ userId: 'u3', reportId, content: 'Looks like spam' });
      if (!note.ok) throw new Error('no note');
      expect(note.value).toMatchObject({ reportId, moderatorActorId: '3', content: 'Looks like spam' });
      expect(await remove.execute({ userId: 'u5', noteId: note.value.id })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect(await remove.execute({ userId: 'u1', noteId: note.value.id })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect(await remove.execute({ userId: 'u4', noteId: note.value.id })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect(await reports.findNote(note.value.id)).not.toBeNull();
      expect(await remove.execute({ userId: 'u3', noteId: note.value.id })).toEqual({ ok: true, value: { id: note.value.id } });
      expect(await remove.execute({ userId: 'u3', noteId: note.value.id })).toEqual({ ok: false, error: { type: 'note-not-found' } });
      expect(log.entries.map((e) => [e.moderatorActorId, e.action])).toEqual([
        ['3', 'NOTE_CREATION'],
        ['3', 'NOTE_DELETION'],
      ]);
      expect(log.entries[1].details).toEqual({ reportId, content: 'Looks like spam' });
    });

    it('suspends and unsuspends a profile, with person.suspended and the trail', async () => {
      const suspend = new SuspendProfile(persons, users, log, clock);
      const unsuspend = new UnsuspendProfile(persons, users, log, clock);
      expect(await suspend.execute({ userId: 'u1', actorId: '2' })).toEqual({ ok: false, error: { type: 'unauthorized' } });
      expect(await suspend.execute({ userId: 'u3', actorId: '3' })).toEqual({ ok: false, error: { type: 'cannot-suspend-self' } });
      expect(await suspend.execute({ userId: 'u3', actorId: '404' })).toEqual({ ok: false, error: { type: 'profile-not-found' } });
      persons.outbox.splice(0);
      expect(await suspend.execute({ userId: 'u3', actorId: '2' })).toEqual({ ok: true, value: { id: '2' } });
      expect(await suspend.execute({ userId: 'u3', actorId: '2' })).toEqual({ ok: true, value: { id: '2' } });
      expect((await persons.findById('2'))!.isSuspended).toBe(true);
      expect(persons.outbox.map((e) => e.name)).toEqual(['person.suspended']);
      const restored = await unsuspend.execute({ userId: 'u4', actorId: '2' });
      expect(restored.ok && restored.value.isSuspended).toBe(false);
      expect(log.entries.map((e) => [e.moderatorActorId, e.action, e.objectType, e.objectId])).toEqual([
        ['3', 'ACTOR_SUSPENSION', 'Person', '2'],
        ['4', 'ACTOR_UNSUSPENSION', 'Person', '2'],
      ]);
      const trail = await new ListActionLogs(log, users, persons).execute({ userId: 'u5' });
      expect(trail.ok && trail.value.elements.map((e) => e.action)).toEqual(['ACTOR_UNSUSPENSION', 'ACTOR_SUSPENSION']);
      expect(await new ListActionLogs(log, users, persons).execute({ userId: 'u2' })).toEqual({
        ok: false,
        error: { type: 'unauthorized' },
      });
    });
  });

  describe('staff identities answer only to administrators (issue 12.5)', () => {
    it('a moderator may not suspend, nor unsuspend, an identity of an administrator or another moderator', async () => {
      const suspend = new SuspendProfile(persons, users, log, clock);
      const unsuspend = new UnsuspendProfile(persons, users, log, clock);
      for (const staff of ['4', '5']) {
        expect(await suspend.execute({ userId: 'u3', actorId: staff })).toEqual({ ok: false, error: { type: 'staff-profile' } });
        expect((await persons.findById(staff))!.isSuspended).toBe(false);
      }
      // An administrator may; then a moderator may not lift it.
      expect(await suspend.execute({ userId: 'u4', actorId: '5' })).toEqual({ ok: true, value: { id: '5' } });
      expect(await unsuspend.execute({ userId: 'u3', actorId: '5' })).toEqual({ ok: false, error: { type: 'staff-profile' } });
      expect((await persons.findById('5'))!.isSuspended).toBe(true);
      expect((await unsuspend.execute({ userId: 'u4', actorId: '5' })).ok).toBe(true);
      // A plain user's identity, and a moderator's own, are as before.
      expect((await suspend.execute({ userId: 'u3', actorId: '2' })).ok).toBe(true);
      expect(await suspend.execute({ userId: 'u3', actorId: '3' })).toEqual({ ok: false, error: { type: 'cannot-suspend-self' } });
      expect(log.entries.map((e) => [e.moderatorActorId, e.action, e.objectId])).toEqual([
        ['4', 'ACTOR_SUSPENSION', '5'],
        ['4', 'ACTOR_UNSUSPENSION', '5'],
        ['3', 'ACTOR_SUSPENSION', '2'],
      ]);
    });

    it('maySuspendIdentityOf: every pair of roles', () => {
      const roles: (UserRole | null)[] = [null, 'USER', 'MODERATOR', 'ADMINISTRATOR'];
      const table = (['USER', 'MODERATOR', 'ADMINISTRATOR'] as const).map((actor) =>
        roles.map((owner) => maySuspendIdentityOf(actor, owner)),
      );
      expect(table).toEqual([
        [false, false, false, false],
        [true, true, false, false],
        [true, true, true, true],
      ]);
    });
  });

  describe('emails', () => {
    it('tells every moderator and administrator of a new report, once each, in their language', async () => {
      const created = await report();
      if (!created.ok) throw new Error('no report');
      const mailer = new RecordingMailer();
      const sent = new InMemorySentNotifications();
      const send = new SendReportEmail(reports, persons, events, new FakeDirectory(users), sent, mailer, clock);
      expect(await send.execute({ reportId: created.value.id })).toBe(3);
      expect(await send.execute({ reportId: created.value.id })).toBe(0); // a retried job sends nothing twice
      expect(mailer.sent.map((m) => [m.to, m.locale]).sort()).toEqual([
        ['admin@example.test', 'en'],
        ['moderator@example.test', 'fr'],
        ['other_moderator@example.test', 'en'],
      ]);
      expect(mailer.sent[0]).toMatchObject({
        template: 'report-created',
        data: { reportedName: 'organizer (@organizer)', content: 'Spam', eventTitles: ['Event 7'], commentCount: 1 },
      });
      // Who reported is not in the email.
      expect(JSON.stringify(mailer.sent)).not.toContain('reporter');
    });

    it('tells the participants of a suspended organizer upcoming events', async () => {
      const audience = new InMemoryEventAudience();
      audience.participants.set('7', [
        makeRecipient({ userId: 'u1', email: 'reporter@example.test' }),
        makeRecipient({ userId: null, email: 'anon@example.test', locale: 'fr', settings: null }),
      ]);
      const mailer = new RecordingMailer();
      const notify = new NotifyOrganizerSuspended(persons, events, audience, new InMemorySentNotifications(), mailer, clock);
      // Not suspended (any more): nothing to say.
      expect(await notify.execute({ personId: '2', suspendedAt: 'a' })).toBe(0);
      const organizer = (await persons.findById('2'))!;
      organizer.suspend(clock.now());
      await persons.save(organizer);
      expect(await notify.execute({ personId: '2', suspendedAt: 'a' })).toBe(2);
      expect(await notify.execute({ personId: '2', suspendedAt: 'a' })).toBe(0);
      expect(mailer.sent.map((m) => [m.template, m.to])).toEqual([
        ['participation-cancelled-organizer-suspended', 'reporter@example.test'],
        ['participation-cancelled-organizer-suspended', 'anon@example.test'],
      ]);
      expect(mailer.sent[0].data).toMatchObject({ eventTitle: 'Event 7' });
    });
  });
});
