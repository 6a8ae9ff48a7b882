import { beforeEach, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryEventAudience, makeEventSummary, makeRecipient } from '../../../test/fakes/in-memory-event-audience.js';
import { InMemoryEventRepository } from '../../../test/fakes/in-memory-event.repository.js';
import { InMemoryPendingEventChanges } from '../../../test/fakes/in-memory-pending-event-changes.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { InMemorySentNotifications } from '../../../test/fakes/in-memory-sent-notifications.js';
import { RecordingJobQueue } from '../../../test/fakes/recording-job-queue.js';
import { RecordingMailer } from '../../../test/fakes/recording-mailer.js';
import { Event } from '../events/index.js';
import type { Person } from '../identities/index.js';
import { EventCalendarFile } from '../participations/index.js';
import { Mailer, type Email, type EmailAttachment } from '../shared/index.js';
import {
  NOTIFICATION_JOBS,
  NotifyEventCancelled,
  NotifyEventUpdated,
  ScheduleNotifications,
  SendDailyDigest,
  SendEventReminders,
  SendPendingParticipationDigest,
  SendWeeklyDigest,
  addDays,
  localParts,
  type EventUpdatedJob,
} from './index.js';

class FakeCalendarFile extends EventCalendarFile {
  attachmentFor(event: Event, _organizer: Person | null): EmailAttachment {
    return { filename: 'event.ics', contentType: 'text/calendar', content: `SEQUENCE:${event.snapshot().sequence}` };
  }
}

/** Fails the first send to a given address, then works. */
class FlakyMailer extends Mailer {
  readonly sent: Email[] = [];
  private failed = false;
  constructor(private readonly failFor: string) {
    super();
  }
  async send(email: Email): Promise<void> {
    if (email.to === this.failFor && !this.failed) {
      this.failed = true;
      throw new Error('SMTP down');
    }
    this.sent.push(email);
  }
}

const DEBOUNCE_MS = 120_000;

describe('event updated and cancelled emails', () => {
  let clock: FixedClock;
  let events: InMemoryEventRepository;
  let audience: InMemoryEventAudience;
  let changes: InMemoryPendingEventChanges;
  let sent: InMemorySentNotifications;
  let mailer: RecordingMailer;
  let queue: RecordingJobQueue;
  let notifyUpdated: NotifyEventUpdated;
  let event: Event;

  const build = (m: Mailer) =>
    new NotifyEventUpdated(
      events,
      new InMemoryPersonRepository(),
      audience,
      changes,
      sent,
      new FakeCalendarFile(),
      m,
      queue,
      clock,
      DEBOUNCE_MS,
    );

  beforeEach(async () => {
    clock = new FixedClock(new Date('2026-01-15T10:00:00Z'));
    events = new InMemoryEventRepository();
    audience = new InMemoryEventAudience();
    changes = new InMemoryPendingEventChanges();
    sent = new InMemorySentNotifications();
    mailer = new RecordingMailer();
    queue = new RecordingJobQueue();
    notifyUpdated = build(mailer);
    const created = Event.create(
      {
        id: '7',
        uuid: '00000000-0000-4000-8000-000000000007',
        baseUrl: 'https://convene.test',
        organizerActorId: '1',
        title: 'Picnic',
        beginsOn: new Date('2026-02-01T11:00:00Z'),
      },
      { options: { timezone: 'Europe/Paris' } },
      clock.now(),
    );
    if (!('event' in created)) throw new Error('invalid event');
    event = created.event;
    await events.save(event);
    audience.participants.set('7', [
      makeRecipient({ userId: '10', email: 'ada@example.test', locale: 'en' }),
      makeRecipient({ userId: '11', email: 'bea@example.test', locale: 'fr' }),
      // Two identities of one account participate: one email.
      makeRecipient({ userId: '11', email: 'BEA@example.test', locale: 'fr' }),
      makeRecipient({ userId: null, email: 'anon@example.test', locale: 'fr', settings: null }),
    ]);
  });

  async function edit(changesToApply: Parameters<Event['update']>[0]): Promise<void> {
    const current = (await events.findById('7'))!;
    expect(current.update(changesToApply, clock.now())).toEqual([]);
    await events.save(current);
    const updated = current
      .pullEvents()
      .concat(events.outbox.splice(0))
      .filter((e) => e.name === 'event.updated');
    for (const e of updated) if (e.name === 'event.updated') await notifyUpdated.onEventUpdated(e.payload);
  }

  it('gathers quick edits into one job and one email per participant, with every changed field', async () => {
    await edit({ beginsOn: new Date('2026-02-01T11:30:00Z') });
    clock.advance(30_000);
    // The date again (its window must not move) and the title.
    await edit({ beginsOn: new Date('2026-02-01T12:00:00Z'), title: 'Picnic in the park' });
    clock.advance(30_000);
    await edit({ description: 'Bring food' }); // not notable: changes nothing

    const jobs = queue.named(NOTIFICATION_JOBS.eventUpdated);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].id).toBe(`event-updated-7-${new Date('2026-01-15T10:00:00Z').getTime()}`);
    expect(jobs[0].options.runAt).toEqual(new Date('2026-01-15T10:02:00Z'));

    clock.advance(60_000);
    expect(await notifyUpdated.execute(jobs[0].payload as EventUpdatedJob)).toBe(3);
    expect(mailer.sent.map((m) => m.to)).toEqual(['ada@example.test', 'bea@example.test', 'anon@example.test']);
    const [toAda, toBea] = mailer.sent;
    expect(toAda.template).toBe('event-updated');
    if (toAda.template !== 'event-updated' || toBea.template !== 'event-updated') throw new Error('unexpected');
    expect(toAda.data.changed.sort()).toEqual(['beginsOn', 'title']);
    expect(toAda.data.eventTitle).toBe('Picnic in the park');
    // The event's zone: 12:00 UTC is 13:00 in Paris.
    expect(toAda.data.when).toContain('13:00');
    expect(toAda.data.when).toContain('Europe/Paris');
    expect(toBea.data.when).toMatch(/dimanche 1 février 2026/);
    // Three saved edits (the description one too): the calendar file carries the latest sequence.
    expect(toAda.attachments?.[0].content).toBe('SEQUENCE:3');

    // A rerun of the same job sends nothing again.
    expect(await notifyUpdated.execute(jobs[0].payload as EventUpdatedJob)).toBe(0);
    expect(mailer.sent).toHaveLength(3);
    expect(changes.rows.get('7')?.size).toBe(0);
  });

  it('opens a new window for an edit made after the email', async () => {
    await edit({ title: 'First' });
    clock.advance(DEBOUNCE_MS);
    await notifyUpdated.execute(queue.named(NOTIFICATION_JOBS.eventUpdated)[0].payload as EventUpdatedJob);
    clock.advance(60_000);
    await edit({
      physicalAddress: {
        description: 'Town hall',
        street: null,
        locality: 'Lyon',
        postalCode: null,
        region: null,
        country: null,
        geom: null,
        type: null,
        url: null,
        originId: null,
        timezone: null,
      },
    });
    const jobs = queue.named(NOTIFICATION_JOBS.eventUpdated);
    expect(jobs).toHaveLength(2);
    clock.advance(DEBOUNCE_MS);
    await notifyUpdated.execute(jobs[1].payload as EventUpdatedJob);
    const second = mailer.sent.slice(3);
    expect(second).toHaveLength(3);
    if (second[0].template !== 'event-updated') throw new Error('unexpected');
    expect(second[0].data.changed).toEqual(['physicalAddress']);
    expect(second[0].data.where).toBe('Town hall, Lyon');
  });

  it('sends no update email for a cancelled event, and one cancellation email per participant', async () => {
    const cancelled = new NotifyEventCancelled(
      events,
      new InMemoryPersonRepository(),
      audience,
      sent,
      new FakeCalendarFile(),
      mailer,
      clock,
    );
    await edit({ title: 'Renamed' });
    await edit({ status: 'CANCELLED' });
    clock.advance(DEBOUNCE_MS);
    expect(await notifyUpdated.execute(queue.named(NOTIFICATION_JOBS.eventUpdated)[0].payload as EventUpdatedJob)).toBe(0);
    expect(await cancelled.execute({ eventId: '7' })).toBe(3);
    expect(await cancelled.execute({ eventId: '7' })).toBe(0);
    expect(mailer.sent.map((m) => m.template)).toEqual(['event-cancelled', 'event-cancelled', 'event-cancelled']);
    expect(mailer.sent[0].attachments?.[0].filename).toBe('event.ics');
  });

  it('says nothing when an event.cancelled arrives for an event restored since', async () => {
    const cancelled = new NotifyEventCancelled(
      events,
      new InMemoryPersonRepository(),
      audience,
      sent,
      new FakeCalendarFile(),
      mailer,
      clock,
    );
    expect(await cancelled.execute({ eventId: '7' })).toBe(0);
    expect(await cancelled.execute({ eventId: 'missing' })).toBe(0);
    expect(mailer.sent).toEqual([]);
  });

  it('frees the key of a failed send so that the retry sends it, and only it', async () => {
    const flaky = new FlakyMailer('bea@example.test');
    const notify = build(flaky);
    await edit({ title: 'Changed' });
    const job = queue.named(NOTIFICATION_JOBS.eventUpdated)[0].payload as EventUpdatedJob;
    clock.advance(DEBOUNCE_MS);
    await expect(notify.execute(job)).rejects.toThrow('SMTP down');
    expect(flaky.sent.map((m) => m.to)).toEqual(['ada@example.test', 'anon@example.test']);
    // The changes stay until every email went out.
    expect(changes.rows.get('7')?.size).toBe(1);
    expect(await notify.execute(job)).toBe(1);
    expect(flaky.sent.map((m) => m.to)).toEqual(['ada@example.test', 'anon@example.test', 'bea@example.test']);
  });
});

describe('reminders and digests', () => {
  let clock: FixedClock;
  let audience: InMemoryEventAudience;
  let sent: InMemorySentNotifications;
  let mailer: RecordingMailer;

  beforeEach(() => {
    clock = new FixedClock(new Date('2026-01-15T10:00:00Z')); // a Thursday
    audience = new InMemoryEventAudience();
    sent = new InMemorySentNotifications();
    mailer = new RecordingMailer();
  });

  it('reminds, about an hour before, only those who asked, once', async () => {
    const soon = makeEventSummary({ id: '1', beginsOn: new Date('2026-01-15T10:45:00Z') });
    const later = makeEventSummary({ id: '2', beginsOn: new Date('2026-01-15T12:00:00Z') });
    const cancelled = makeEventSummary({ id: '3', beginsOn: new Date('2026-01-15T10:30:00Z'), status: 'CANCELLED' });
    const yes = makeRecipient({ userId: '1', email: 'yes@example.test', settings: { notificationBeforeEvent: true } });
    const no = makeRecipient({ userId: '2', email: 'no@example.test' });
    audience.attendances.push(
      { recipient: yes, event: soon },
      { recipient: no, event: soon },
      { recipient: yes, event: later },
      { recipient: yes, event: cancelled },
    );
    const reminders = new SendEventReminders(audience, sent, mailer, clock);
    expect(await reminders.execute()).toBe(1);
    clock.advance(60_000);
    expect(await reminders.execute()).toBe(0);
    expect(mailer.sent).toEqual([expect.objectContaining({ template: 'event-reminder', to: 'yes@example.test' })]);
    // An hour later, the later event is due.
    clock.advance(60 * 60_000);
    expect(await reminders.execute()).toBe(1);
  });

  it('sends the daily digest in the reader’s morning, with the events of their day only', async () => {
    const tokyo = makeRecipient({ userId: '1', email: 'tokyo@example.test', timezone: 'Asia/Tokyo' });
    const paris = makeRecipient({ userId: '2', email: 'paris@example.test', timezone: 'Europe/Paris', locale: 'fr' });
    const off = makeRecipient({ userId: '3', email: 'off@example.test', timezone: 'Europe/Paris', settings: { notificationOnDay: false } });
    // 2026-01-16 09:00 in Tokyo = 2026-01-16T00:00Z; 2026-01-16 19:00 in Paris = 18:00Z.
    const tokyoEvent = makeEventSummary({ id: '1', title: 'Tokyo meetup', beginsOn: new Date('2026-01-16T03:00:00Z') });
    const parisEvent = makeEventSummary({ id: '2', title: 'Soirée', beginsOn: new Date('2026-01-16T18:00:00Z'), timezone: 'Europe/Paris' });
    audience.attendances.push(
      { recipient: tokyo, event: tokyoEvent },
      { recipient: paris, event: parisEvent },
      { recipient: off, event: parisEvent },
    );
    const daily = new SendDailyDigest(audience, sent, mailer, clock);

    // 2026-01-15T23:30Z: 08:30 on the 16th in Tokyo, the middle of the night in Paris.
    clock.advance(13.5 * 3600_000);
    expect(await daily.execute()).toBe(1);
    expect(mailer.sent[0]).toMatchObject({ template: 'daily-digest', to: 'tokyo@example.test' });
    expect(await daily.execute()).toBe(0);

    // 2026-01-16T07:15Z: 08:15 in Paris.
    clock.advance(7.75 * 3600_000);
    expect(await daily.execute()).toBe(1);
    const digest = mailer.sent[1];
    if (digest.template !== 'daily-digest') throw new Error('unexpected');
    expect(digest.to).toBe('paris@example.test');
    expect(digest.data.day).toBe('vendredi 16 janvier 2026');
    expect(digest.data.events.map((e) => e.eventTitle)).toEqual(['Soirée']);
    expect(digest.data.events[0].when).toContain('19:00');
    expect(mailer.sent.map((m) => m.to)).not.toContain('off@example.test');
  });

  it('sends the weekly digest on Monday morning with the week’s events', async () => {
    clock = new FixedClock(new Date('2026-01-19T08:30:00Z')); // Monday, 08:30 UTC
    const reader = makeRecipient({ userId: '1', email: 'weekly@example.test', settings: { notificationEachWeek: true } });
    const notAsked = makeRecipient({ userId: '2', email: 'no@example.test' });
    const inWeek = makeEventSummary({ id: '1', title: 'Sunday brunch', beginsOn: new Date('2026-01-25T11:00:00Z') });
    const nextWeek = makeEventSummary({ id: '2', title: 'Next Monday', beginsOn: new Date('2026-01-26T11:00:00Z') });
    audience.attendances.push(
      { recipient: reader, event: inWeek },
      { recipient: reader, event: nextWeek },
      { recipient: notAsked, event: inWeek },
    );
    const weekly = new SendWeeklyDigest(audience, sent, mailer, clock);
    expect(await weekly.execute()).toBe(1);
    expect(await weekly.execute()).toBe(0);
    const digest = mailer.sent[0];
    if (digest.template !== 'weekly-digest') throw new Error('unexpected');
    expect(digest.data.events.map((e) => e.eventTitle)).toEqual(['Sunday brunch']);
    expect(digest.data.weekOf).toBe('Monday, 19 January 2026');
    // Not on Tuesday.
    const tuesday = new SendWeeklyDigest(
      audience,
      new InMemorySentNotifications(),
      mailer,
      new FixedClock(new Date('2026-01-20T08:30:00Z')),
    );
    expect(await tuesday.execute()).toBe(0);
  });

  it('sends pending-request digests per the organizer’s period, with what arrived since the last one', async () => {
    const hourly = makeRecipient({ userId: '1', email: 'hourly@example.test', settings: { notificationPendingParticipation: 'ONE_HOUR' } });
    const direct = makeRecipient({ userId: '2', email: 'direct@example.test', settings: { notificationPendingParticipation: 'DIRECT' } });
    const daily = makeRecipient({ userId: '3', email: 'daily@example.test', settings: { notificationPendingParticipation: 'ONE_DAY' } });
    const event = makeEventSummary({ id: '5', title: 'Workshop' });
    const request = (id: string, organizer = hourly, minutesAgo = 10) => ({
      participationId: id,
      createdAt: new Date(clock.now().getTime() - minutesAgo * 60_000),
      organizer,
      event,
    });
    audience.requests.push(request('1'), request('2'), request('3', direct), request('4', daily));
    const digest = new SendPendingParticipationDigest(audience, sent, mailer, clock);

    expect(await digest.execute()).toBe(2); // 10:00 UTC: hourly, and daily (morning)
    const toHourly = mailer.sent.find((m) => m.to === 'hourly@example.test')!;
    if (toHourly.template !== 'pending-participations-digest') throw new Error('unexpected');
    expect(toHourly.data).toMatchObject({ total: 2, events: [{ eventTitle: 'Workshop', count: 2 }] });
    expect(mailer.sent.map((m) => m.to)).not.toContain('direct@example.test');
    expect(await digest.execute()).toBe(0);

    // Next hour: only the request that arrived since.
    clock.advance(3600_000);
    audience.requests.push(request('5', hourly, 5));
    expect(await digest.execute()).toBe(1);
    const second = mailer.sent[2];
    if (second.template !== 'pending-participations-digest') throw new Error('unexpected');
    expect(second.data.total).toBe(1);
    // Nothing new: nothing sent.
    clock.advance(3600_000);
    expect(await digest.execute()).toBe(0);
  });

  it('schedules each periodic job once per slot, whoever ticks', async () => {
    const queue = new RecordingJobQueue();
    const a = new ScheduleNotifications(queue, clock);
    await a.execute();
    clock.advance(20_000);
    await new ScheduleNotifications(queue, clock).execute();
    expect(queue.jobs.size).toBe(4);
    clock.advance(60_000);
    await a.execute();
    expect(queue.named(NOTIFICATION_JOBS.reminders)).toHaveLength(2);
    expect(queue.named(NOTIFICATION_JOBS.dailyDigest)).toHaveLength(1);
  });

  it('computes local dates and weekdays across zones', () => {
    expect(localParts(new Date('2026-01-15T23:30:00Z'), 'Asia/Tokyo')).toMatchObject({
      date: '2026-01-16',
      hour: 8,
      minute: 30,
      weekday: 5,
    });
    expect(localParts(new Date('2026-01-15T23:30:00Z'), 'Not/AZone')).toMatchObject({ date: '2026-01-15', hour: 23 });
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});
