// Notifications against Postgres and a real SMTP receiver: accounts, identities and participations
// as rows, events through the events repository, the use cases run with a fixed clock (in 2041, far
// from other tests' events). Domain events are handed to the handlers directly (not left in the
// outbox, where a running app would relay them).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { DataSource } from 'typeorm';
import { NodemailerMailer } from '../../src/adapters/mail/nodemailer.mailer.js';
import { IcsEventCalendarFile } from '../../src/adapters/calendar/ics-event-calendar-file.js';
import { TypeOrmEventRepository } from '../../src/adapters/typeorm/events/typeorm-event.repository.js';
import { TypeOrmPersonRepository } from '../../src/adapters/typeorm/identities/typeorm-person.repository.js';
import { TypeOrmEventAudience } from '../../src/adapters/typeorm/notifications/typeorm-event-audience.js';
import { TypeOrmPendingEventChanges } from '../../src/adapters/typeorm/notifications/typeorm-pending-event-changes.js';
import { TypeOrmSentNotifications } from '../../src/adapters/typeorm/notifications/typeorm-sent-notifications.js';
import { PostgresJobQueue } from '../../src/adapters/typeorm/queue/postgres-job-queue.js';
import type { UserSettings } from '../../src/domain/accounts/index.js';
import { Event, type EventChanges } from '../../src/domain/events/index.js';
import {
  NOTIFICATION_JOBS,
  NotifyEventCancelled,
  NotifyEventUpdated,
  SendDailyDigest,
  SendEventReminders,
  SendPendingParticipationDigest,
  SendWeeklyDigest,
  type EventUpdatedJob,
} from '../../src/domain/notifications/index.js';
import { FixedClock } from '../fakes/fixed-clock.js';
import { openTestDataSource, unique } from '../support/database.js';
import { startSmtpReceiver, type ReceivedMail, type SmtpReceiver } from '../support/smtp-receiver.js';

interface Account {
  userId: string;
  actorId: string;
  email: string;
}

const DEBOUNCE_MS = 120_000;

describe('notifications against Postgres and SMTP', () => {
  let db: DataSource;
  let smtp: SmtpReceiver;
  let mailer: NodemailerMailer;
  let dataDir: string;
  let clock: FixedClock;
  let events: TypeOrmEventRepository;
  let queue: PostgresJobQueue;
  let updated: NotifyEventUpdated;
  let cancelled: NotifyEventCancelled;
  let reminders: SendEventReminders;
  let daily: SendDailyDigest;
  let weekly: SendWeeklyDigest;
  let pendingDigest: SendPendingParticipationDigest;
  let anonymousActorId: string;
  const marker = unique('n').toLowerCase();
  let organizer: Account;
  let ada: Account; // en, New York, reminders + daily + weekly
  let bea: Account; // fr, Paris, daily + weekly
  let carl: Account; // nothing asked
  let dan: Account;

  async function account(name: string, locale: string, settings: Partial<UserSettings>): Promise<Account> {
    const email = `${name}-${marker}@example.test`;
    const [user] = await db.query(
      `INSERT INTO users (email, password_hash, locale, confirmed_at, settings) VALUES ($1, 'x', $2, now(), $3) RETURNING id::text`,
      [email, locale, JSON.stringify(settings)],
    );
    const username = `${name}_${marker}`;
    const [actor] = await db.query(
      `INSERT INTO actors (user_id, preferred_username, name, url) VALUES ($1, $2, $3, $4) RETURNING id::text`,
      [user.id, username, name, `https://convene.test/@${username}`],
    );
    return { userId: user.id, actorId: actor.id, email };
  }

  async function createEvent(title: string, beginsOn: Date, changes: EventChanges = {}): Promise<Event> {
    const created = Event.create(
      {
        id: await events.nextId(),
        uuid: randomUUID(),
        baseUrl: 'https://convene.test',
        organizerActorId: organizer.actorId,
        title: `${title} ${marker}`,
        beginsOn,
      },
      { options: { timezone: 'Europe/Paris' }, ...changes },
      clock.now(),
    );
    if ('problems' in created) throw new Error(JSON.stringify(created.problems));
    created.event.pullEvents();
    await events.save(created.event);
    return created.event;
  }

  async function join(
    event: Event,
    who: Account | { email: string; locale: string },
    role = 'PARTICIPANT',
    createdAt = clock.now(),
  ): Promise<void> {
    if ('actorId' in who) {
      await db.query(`INSERT INTO participations (event_id, actor_id, role, created_at) VALUES ($1, $2, $3, $4)`, [
        event.id,
        who.actorId,
        role,
        createdAt,
      ]);
    } else {
      await db.query(`INSERT INTO participations (event_id, actor_id, role, metadata, created_at) VALUES ($1, $2, $3, $4, $5)`, [
        event.id,
        anonymousActorId,
        role,
        JSON.stringify({ email: who.email, locale: who.locale }),
        createdAt,
      ]);
    }
  }

  /** Edits like the UpdateEvent use case, handing `event.updated` to its handler as the worker would. */
  async function edit(event: Event, changes: EventChanges): Promise<void> {
    const current = (await events.findById(event.id))!;
    expect(current.update(changes, clock.now())).toEqual([]);
    const recorded = current.pullEvents();
    await events.save(current);
    for (const e of recorded) if (e.name === 'event.updated') await updated.onEventUpdated(e.payload);
  }

  const mailsTo = (who: { email: string }, template: string): ReceivedMail[] =>
    smtp.messagesTo(who.email).filter((m) => m.headers.get('x-convene-template') === template);

  beforeAll(async () => {
    db = await openTestDataSource();
    smtp = await startSmtpReceiver();
    dataDir = mkdtempSync(path.join(tmpdir(), 'convene-notif-'));
    mailer = new NodemailerMailer({
      baseUrl: 'https://convene.test',
      from: 'noreply@convene.test',
      instanceName: 'Convene',
      smtpUrl: smtp.url,
      dataDir,
      log: () => {},
    });
    clock = new FixedClock(new Date('2041-01-02T10:00:00Z'));
    events = new TypeOrmEventRepository(db);
    // Enqueue only: nothing processes it here; runAt lies in 2041 anyway.
    queue = new PostgresJobQueue(db);
    const persons = new TypeOrmPersonRepository(db);
    const audience = new TypeOrmEventAudience(db, 'en');
    const sent = new TypeOrmSentNotifications(db);
    const calendar = new IcsEventCalendarFile({ name: 'Convene', baseUrl: 'https://convene.test' });
    updated = new NotifyEventUpdated(
      events,
      persons,
      audience,
      new TypeOrmPendingEventChanges(db),
      sent,
      calendar,
      mailer,
      queue,
      clock,
      DEBOUNCE_MS,
    );
    cancelled = new NotifyEventCancelled(events, persons, audience, sent, calendar, mailer, clock);
    reminders = new SendEventReminders(audience, sent, mailer, clock);
    daily = new SendDailyDigest(audience, sent, mailer, clock);
    weekly = new SendWeeklyDigest(audience, sent, mailer, clock);
    pendingDigest = new SendPendingParticipationDigest(audience, sent, mailer, clock);

    [{ id: anonymousActorId }] = await db.query(
      `SELECT id::text FROM actors WHERE preferred_username = 'anonymous' AND domain IS NULL AND user_id IS NULL`,
    );
    organizer = await account('org', 'en', { notificationPendingParticipation: 'ONE_HOUR', notificationOnDay: false });
    ada = await account('ada', 'en', {
      timezone: 'America/New_York',
      notificationBeforeEvent: true,
      notificationOnDay: true,
      notificationEachWeek: true,
    });
    bea = await account('bea', 'fr', { timezone: 'Europe/Paris', notificationOnDay: true, notificationEachWeek: true });
    carl = await account('carl', 'en', { notificationOnDay: false, notificationPendingParticipation: 'NONE' });
    dan = await account('dan', 'en', {});
  });

  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    await db?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('turns two quick edits into one "event updated" email per participant, with the new .ics, once', async () => {
    const event = await createEvent('Picnic', new Date('2041-02-20T17:00:00Z'));
    const anon = { email: `anon-${marker}@example.test`, locale: 'fr' };
    await join(event, ada);
    await join(event, bea);
    await join(event, anon);
    await join(event, carl, 'NOT_APPROVED');
    await join(event, dan, 'REJECTED');

    await edit(event, { beginsOn: new Date('2041-02-21T17:00:00Z') });
    clock.advance(20_000);
    await edit(event, { beginsOn: new Date('2041-02-22T17:00:00Z'), title: `Picnic moved ${marker}` });

    const jobs: { id: string; payload: EventUpdatedJob; run_at: Date }[] = await db.query(
      `SELECT id, payload, run_at FROM jobs WHERE name = $1 AND payload->>'eventId' = $2`,
      [NOTIFICATION_JOBS.eventUpdated, event.id],
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0].run_at).toEqual(new Date('2041-01-02T10:02:00Z'));

    clock.advance(DEBOUNCE_MS);
    expect(await updated.execute(jobs[0].payload)).toBe(3);
    expect(await updated.execute(jobs[0].payload)).toBe(0);
    const toAnon = await smtp.waitFor((m) => m.to.includes(anon.email));
    await smtp.waitFor((m) => m.to.includes(ada.email) && m.headers.get('x-convene-template') === 'event-updated');
    await smtp.waitFor((m) => m.to.includes(bea.email) && m.headers.get('x-convene-template') === 'event-updated');

    for (const who of [ada, bea, anon]) expect(mailsTo(who, 'event-updated')).toHaveLength(1);
    for (const who of [carl, dan, organizer]) expect(smtp.messagesTo(who.email)).toHaveLength(0);
    const toAda = mailsTo(ada, 'event-updated')[0];
    expect(toAda.subject).toBe(`"Picnic moved ${marker}" has changed — Convene`);
    expect(toAda.text).toContain('- the title\n- the date or time');
    // In the event's zone: 17:00 UTC is 18:00 in Paris.
    expect(toAda.text).toContain('Friday, 22 February 2041 at 18:00 (Europe/Paris)');
    expect(toAnon.subject).toBe(`« Picnic moved ${marker} » a changé — Convene`);

    const parsed = await simpleParser(toAda.raw);
    const ics = parsed.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString('utf8');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toMatch(/DTSTART(;TZID=Europe\/Paris:20410222T180000|:20410222T170000Z)/);
    expect(await db.query(`SELECT count(*)::int AS n FROM event_pending_changes WHERE event_id = $1`, [event.id])).toEqual([{ n: 0 }]);
  });

  it('tells each participant once that an event is cancelled, and drops its pending update', async () => {
    const event = await createEvent('Concert', new Date('2041-02-25T19:00:00Z'));
    await join(event, ada);
    await join(event, bea);
    await edit(event, { title: `Concert renamed ${marker}` });
    await edit(event, { status: 'CANCELLED' });
    expect(await cancelled.execute({ eventId: event.id })).toBe(2);
    expect(await cancelled.execute({ eventId: event.id })).toBe(0);
    const [job] = await db.query(`SELECT payload FROM jobs WHERE name = $1 AND payload->>'eventId' = $2`, [
      NOTIFICATION_JOBS.eventUpdated,
      event.id,
    ]);
    clock.advance(DEBOUNCE_MS);
    expect(await updated.execute(job.payload)).toBe(0);

    await smtp.waitFor((m) => m.to.includes(bea.email) && m.headers.get('x-convene-template') === 'event-cancelled');
    const toAda = await smtp.waitFor((m) => m.to.includes(ada.email) && m.headers.get('x-convene-template') === 'event-cancelled');
    expect(toAda.subject).toBe(`"Concert renamed ${marker}" is cancelled — Convene`);
    expect(mailsTo(ada, 'event-cancelled')).toHaveLength(1);
    expect(mailsTo(bea, 'event-cancelled')).toHaveLength(1);
    expect(
      smtp.messages.filter(
        (m) => m.subject.includes(`Concert renamed ${marker}`) && m.headers.get('x-convene-template') === 'event-updated',
      ),
    ).toEqual([]);
    const ics = (await simpleParser(toAda.raw)).attachments[0].content.toString('utf8');
    expect(ics).toContain('STATUS:CANCELLED');
  });

  it('reminds only the accounts that asked, an hour before, once', async () => {
    clock = new FixedClock(new Date('2041-01-03T11:45:00Z'));
    reminders = new SendEventReminders(new TypeOrmEventAudience(db), new TypeOrmSentNotifications(db), mailer, clock);
    const event = await createEvent('Workshop', new Date('2041-01-03T12:30:00Z'));
    await join(event, ada);
    await join(event, bea);
    const sentCount = await reminders.execute();
    expect(sentCount).toBeGreaterThanOrEqual(1);
    expect(await reminders.execute()).toBe(0);
    const reminder = await smtp.waitFor((m) => m.to.includes(ada.email) && m.headers.get('x-convene-template') === 'event-reminder');
    expect(reminder.text).toContain(`"Workshop ${marker}" begins Thursday, 3 January 2041 at 13:30 (Europe/Paris)`);
    expect(mailsTo(ada, 'event-reminder')).toHaveLength(1);
    expect(mailsTo(bea, 'event-reminder')).toHaveLength(0);
    expect(mailsTo(organizer, 'event-reminder')).toHaveLength(0);
  });

  it('sends the daily digest in each reader’s morning, to those who asked', async () => {
    clock = new FixedClock(new Date('2041-01-10T07:30:00Z')); // 08:30 in Paris, 02:30 in New York
    daily = new SendDailyDigest(new TypeOrmEventAudience(db), new TypeOrmSentNotifications(db), mailer, clock);
    const evening = await createEvent('Evening talk', new Date('2041-01-10T17:00:00Z'));
    const tomorrow = await createEvent('Tomorrow', new Date('2041-01-11T17:00:00Z'));
    for (const who of [ada, bea, carl]) await join(evening, who);
    await join(tomorrow, bea);

    await daily.execute();
    const toBea = await smtp.waitFor((m) => m.to.includes(bea.email) && m.headers.get('x-convene-template') === 'daily-digest');
    expect(toBea.subject).toBe('Vos événements du jour — Convene');
    expect(toBea.text).toContain('Aujourd’hui, jeudi 10 janvier 2041');
    expect(toBea.text).toContain(`- Evening talk ${marker}`);
    expect(toBea.text).not.toContain('Tomorrow');
    expect(mailsTo(ada, 'daily-digest')).toHaveLength(0);

    clock.advance(6 * 3600_000); // 08:30 in New York
    await daily.execute();
    await daily.execute();
    const toAda = await smtp.waitFor((m) => m.to.includes(ada.email) && m.headers.get('x-convene-template') === 'daily-digest');
    expect(toAda.text).toContain('Today, Thursday, 10 January 2041');
    expect(mailsTo(ada, 'daily-digest')).toHaveLength(1);
    expect(mailsTo(bea, 'daily-digest')).toHaveLength(1);
    expect(mailsTo(carl, 'daily-digest')).toHaveLength(0);
    expect(mailsTo(organizer, 'daily-digest')).toHaveLength(0);
  });

  it('sends the weekly digest on Monday morning with that week’s events only', async () => {
    clock = new FixedClock(new Date('2041-01-14T08:30:00Z')); // Monday: 09:30 in Paris, 03:30 in New York
    weekly = new SendWeeklyDigest(new TypeOrmEventAudience(db), new TypeOrmSentNotifications(db), mailer, clock);
    const wednesday = await createEvent('Wednesday club', new Date('2041-01-16T18:00:00Z'));
    const nextWeek = await createEvent('Next week', new Date('2041-01-22T18:00:00Z'));
    await join(wednesday, bea);
    await join(nextWeek, bea);
    await join(wednesday, ada);
    await join(wednesday, carl);
    await weekly.execute();
    await weekly.execute();
    const toBea = await smtp.waitFor((m) => m.to.includes(bea.email) && m.headers.get('x-convene-template') === 'weekly-digest');
    expect(toBea.text).toContain('La semaine du lundi 14 janvier 2041');
    expect(toBea.text).toContain(`Wednesday club ${marker}`);
    expect(toBea.text).not.toContain('Next week');
    expect(mailsTo(bea, 'weekly-digest')).toHaveLength(1);
    expect(mailsTo(ada, 'weekly-digest')).toHaveLength(0); // still night in New York
    expect(mailsTo(carl, 'weekly-digest')).toHaveLength(0);
  });

  it('sends hourly digests of pending requests with what arrived since the last one', async () => {
    clock = new FixedClock(new Date('2041-01-25T10:00:00Z'));
    pendingDigest = new SendPendingParticipationDigest(new TypeOrmEventAudience(db), new TypeOrmSentNotifications(db), mailer, clock);
    const event = await createEvent('Restricted dinner', new Date('2041-01-30T19:00:00Z'), { joinOptions: 'RESTRICTED' });
    await join(event, carl, 'NOT_APPROVED', new Date('2041-01-25T09:40:00Z'));
    await join(event, dan, 'NOT_APPROVED', new Date('2041-01-25T09:50:00Z'));
    await pendingDigest.execute();
    await pendingDigest.execute();
    const first = await smtp.waitFor(
      (m) => m.to.includes(organizer.email) && m.headers.get('x-convene-template') === 'pending-participations-digest',
    );
    expect(first.subject).toBe('2 participation request(s) wait for you — Convene');
    expect(first.text).toContain(`- Restricted dinner ${marker} (2 new)`);

    clock.advance(3600_000);
    await pendingDigest.execute();
    expect(mailsTo(organizer, 'pending-participations-digest')).toHaveLength(1);

    await join(event, ada, 'NOT_APPROVED', new Date('2041-01-25T11:20:00Z'));
    clock.advance(3600_000);
    await pendingDigest.execute();
    await smtp.waitFor(() => mailsTo(organizer, 'pending-participations-digest').length === 2);
    expect(mailsTo(organizer, 'pending-participations-digest')[1].subject).toBe('1 participation request(s) wait for you — Convene');
  });
});
