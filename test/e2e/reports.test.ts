// Reports and moderation through /api with the Mobilizon web client's own operations: an attendee
// reports an organizer's event and comment, the moderators are emailed, a moderator reviews,
// annotates, suspends and resolves, and the action log shows each step. Then who may do what.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { startTestApp, type Client, type GqlResponse, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { openTestDataSource, unique } from '../support/database.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('reports e2e skipped: ../shared/mobilizon/client-ops is absent');

const op = (file: string, name: string) => operation(file, name).document;
// Until conversations and groups exist, the client's operations minus what selects them (see the
// NOT_YET list of the compatibility test): `Comment.conversation` and `... on Group`.
const withoutConversation = (doc: string) => doc.replace(/conversation\s*\{\s*id\s*participants\s*\{\s*id\s*\}\s*\}/, '');
const withoutGroup = (doc: string) => doc.replace(/\.\.\.\s*on\s+Group\s*\{\s*\.\.\.ActorFragment\s*\}/, '');
const REPORTS = () => op('report.graphql', 'REPORTS');
const REPORT = () => withoutConversation(op('report.graphql', 'REPORT'));
const CREATE_REPORT = () => op('report.graphql', 'CREATE_REPORT');
const UPDATE_REPORT = () => withoutConversation(op('report.graphql', 'UPDATE_REPORT'));
const CREATE_REPORT_NOTE = () => op('report.graphql', 'CREATE_REPORT_NOTE');
const LOGS = () => withoutGroup(op('report.graphql', 'LOGS'));
const SUSPEND_PROFILE = () => op('actor.graphql', 'SUSPEND_PROFILE');
const UNSUSPEND_PROFILE = () => op('actor.graphql', 'UNSUSPEND_PROFILE');
const JOIN_EVENT = () => op('event.graphql', 'JOIN_EVENT');
const CREATE_COMMENT = () => op('comment.graphql', 'CREATE_COMMENT_FROM_EVENT');
const CREATE_FEED_TOKEN = () => op('feed_tokens.graphql', 'CREATE_FEED_TOKEN');
// The client has no deleteReportNote operation: written here.
const DELETE_REPORT_NOTE = `mutation DeleteReportNote($noteId: ID!) { deleteReportNote(noteId: $noteId) { id } }`;

const CREATE_EVENT = `mutation CreateEvent($organizerActorId: ID!, $title: String!, $beginsOn: DateTime!) {
  createEvent(organizerActorId: $organizerActorId, title: $title, description: "", beginsOn: $beginsOn) { id uuid }
}`;
const SEARCH = `query Search($term: String) { searchEvents(term: $term) { total elements { id title } } }`;
const READ_EVENT = `query Event($uuid: UUID!) { event(uuid: $uuid) { id title } }`;
const REPORT_WITH_REPORTER = `mutation CreateReport($reportedId: ID!, $content: String) { createReport(reportedId: $reportedId, content: $content) { id status reporter { id } notes { id } } }`;

function ok<T = any>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const statusOf = (res: GqlResponse) => res.errors?.[0]?.status_code ?? null;
const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

run('reports and moderation through the API', () => {
  let app: TestApp;
  let db: DataSource;
  let organizer: ConfirmedAccount;
  let attendee: ConfirmedAccount;
  let stranger: ConfirmedAccount;
  let moderator: ConfirmedAccount;
  let admin: ConfirmedAccount;

  async function createEvent(by: ConfirmedAccount, title: string): Promise<{ id: string; uuid: string }> {
    return ok(await by.client.gql(CREATE_EVENT, { organizerActorId: by.persons[0].id, title, beginsOn: inDays(10) })).createEvent;
  }

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    [organizer, attendee, stranger, moderator, admin] = await Promise.all([
      createConfirmedAccount(app),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
    ]);
    await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [moderator.userId]);
    await db.query(`UPDATE users SET role = 'ADMINISTRATOR' WHERE id = $1`, [admin.userId]);
  });
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  it('an attendee reports an organizer; moderators review, note, suspend and resolve; the trail shows each step', async () => {
    const title = `Shady ${unique('party')}`;
    const event = await createEvent(organizer, title);
    const ownEvent = await createEvent(attendee, `Mine ${unique('e')}`);
    ok(await attendee.client.gql(JOIN_EVENT(), { eventId: event.id, actorId: attendee.persons[0].id }));
    const comment = ok(await organizer.client.gql(CREATE_COMMENT(), { eventId: event.id, text: '<p>Send me money</p>' })).createComment;
    const feedToken = ok(await attendee.client.gql(CREATE_FEED_TOKEN())).createFeedToken.token;
    const goingFeed = async () => (await fetch(`${app.url}/events/going/${feedToken}/ics`)).text();
    const instanceFeed = async () => (await fetch(`${app.url}/feed/instance/atom`)).text();
    expect(ok(await app.client().gql(SEARCH, { term: title })).searchEvents.total).toBe(1);
    expect(await goingFeed()).toContain(title);
    expect(await instanceFeed()).toContain(title);

    // The attendee reports the event and the comment; their own event is not the organizer's: dropped.
    const created = ok(
      await attendee.client.gql(CREATE_REPORT(), {
        reportedId: organizer.persons[0].id,
        eventsIds: [event.id, ownEvent.id],
        commentsIds: [comment.id],
        content: 'Asks for money',
        forward: false,
      }),
    ).createReport;
    expect(created.id).toMatch(/^\d+$/);

    // Every moderator and administrator is told.
    for (const to of [moderator.email, admin.email]) {
      const mail = await app.smtp.waitFor((m) => m.to.includes(to.toLowerCase()) && m.subject.includes('New report'));
      expect(mail.subject).toContain(organizer.persons[0].preferredUsername);
      expect(mail.text).toContain('Asks for money');
      expect(mail.text).toContain(title);
      expect(mail.text).toContain(`/moderation/report/${created.id}`);
    }
    expect(app.smtp.messagesTo(stranger.email).filter((m) => m.subject.includes('New report'))).toEqual([]);

    // The moderator lists open reports and opens this one: the reporter is visible to them.
    const list = ok(await moderator.client.gql(REPORTS(), { status: 'OPEN', page: 1, limit: 50 })).reports;
    const listed = list.elements.find((r: any) => r.id === created.id);
    expect(listed).toMatchObject({
      status: 'OPEN',
      content: 'Asks for money',
      reported: { id: organizer.persons[0].id, suspended: false },
      reporter: { id: attendee.persons[0].id },
    });
    expect(listed.events.map((e: any) => e.id)).toEqual([event.id]);

    const opened = ok(await moderator.client.gql(REPORT(), { id: created.id })).report;
    expect(opened.events.map((e: any) => e.uuid)).toEqual([event.uuid]);
    expect(opened.comments.map((c: any) => c.id)).toEqual([comment.id]);
    expect(opened.reported.user).toMatchObject({ id: organizer.userId, disabled: false });

    const note = ok(
      await moderator.client.gql(CREATE_REPORT_NOTE(), { reportId: created.id, content: 'Scam, suspending' }),
    ).createReportNote;
    expect(note).toMatchObject({ content: 'Scam, suspending' });

    // Suspension: the event leaves search, feeds and its page; its participants are told.
    expect(ok(await moderator.client.gql(SUSPEND_PROFILE(), { id: organizer.persons[0].id })).suspendProfile).toEqual({
      id: organizer.persons[0].id,
    });
    expect(ok(await app.client().gql(SEARCH, { term: title })).searchEvents.total).toBe(0);
    expect(await goingFeed()).not.toContain(title);
    expect(await instanceFeed()).not.toContain(title);
    expect(statusOf(await attendee.client.gql(READ_EVENT, { uuid: event.uuid }))).toBe(404);
    expect(ok(await moderator.client.gql(READ_EVENT, { uuid: event.uuid })).event.title).toBe(title);
    const cancelled = await app.smtp.waitFor(
      (m) => m.to.includes(attendee.email.toLowerCase()) && m.subject.includes('is cancelled') && m.text.includes(title),
    );
    expect(cancelled.text).toContain('suspended the organizer');

    // A suspended identity can no longer act.
    expect(
      statusOf(
        await organizer.client.gql(CREATE_EVENT, { organizerActorId: organizer.persons[0].id, title: 'Again', beginsOn: inDays(3) }),
      ),
    ).toBe(403);
    expect(statusOf(await organizer.client.gql(JOIN_EVENT(), { eventId: ownEvent.id, actorId: organizer.persons[0].id }))).toBe(403);
    expect(statusOf(await organizer.client.gql(CREATE_REPORT(), { reportedId: attendee.persons[0].id }))).toBe(403);

    const resolved = ok(await moderator.client.gql(UPDATE_REPORT(), { reportId: created.id, status: 'RESOLVED' })).updateReportStatus;
    expect(resolved).toMatchObject({ status: 'RESOLVED', reported: { suspended: true } });
    expect(resolved.notes).toEqual([
      expect.objectContaining({ content: 'Scam, suspending', moderator: expect.objectContaining({ id: moderator.persons[0].id }) }),
    ]);
    expect(ok(await moderator.client.gql(REPORTS(), { status: 'OPEN', limit: 50 })).reports.elements.map((r: any) => r.id)).not.toContain(
      created.id,
    );

    // The trail, newest first, each step under the moderator's identity.
    const logs = ok(await admin.client.gql(LOGS(), { page: 1, limit: 50 })).actionLogs;
    const mine = logs.elements.filter((l: any) => l.actor?.id === moderator.persons[0].id);
    expect(mine.map((l: any) => l.action)).toEqual(['REPORT_UPDATE_RESOLVED', 'ACTOR_SUSPENSION', 'NOTE_CREATION']);
    expect(mine[0].object).toEqual({ id: created.id });
    expect(mine[1].object).toMatchObject({ id: organizer.persons[0].id, preferredUsername: organizer.persons[0].preferredUsername });
    expect(mine[2].object).toEqual({ report: { id: created.id } });
    expect(Date.parse(mine[0].insertedAt)).toBeGreaterThanOrEqual(Date.parse(mine[2].insertedAt));

    // Unsuspended, the event is back.
    expect(ok(await moderator.client.gql(UNSUSPEND_PROFILE(), { id: organizer.persons[0].id })).unsuspendProfile).toEqual({
      id: organizer.persons[0].id,
    });
    expect(ok(await app.client().gql(SEARCH, { term: title })).searchEvents.total).toBe(1);
  });

  it('a moderator deleting an event is in the trail; the organizer deleting their own is not', async () => {
    const DELETE = `mutation($id: ID!) { deleteEvent(eventId: $id) { id } }`;
    const byModerator = await createEvent(organizer, `Gone ${unique('e')}`);
    const byOrganizer = await createEvent(organizer, `Mine ${unique('e')}`);
    ok(await moderator.client.gql(DELETE, { id: byModerator.id }));
    ok(await organizer.client.gql(DELETE, { id: byOrganizer.id }));
    const rows = await db.query(
      `SELECT object_id, moderator_actor_id::text AS actor, details FROM action_logs WHERE action = 'EVENT_DELETION' AND object_id = ANY($1)`,
      [[byModerator.id, byOrganizer.id]],
    );
    expect(rows).toEqual([
      { object_id: byModerator.id, actor: moderator.persons[0].id, details: expect.objectContaining({ uuid: byModerator.uuid }) },
    ]);
  });

  describe('authorization matrix', () => {
    type Who = 'anonymous' | 'user' | 'reporter' | 'reported owner' | 'moderator' | 'administrator';
    const WHO: Who[] = ['anonymous', 'user', 'reporter', 'reported owner', 'moderator', 'administrator'];
    let target: ConfirmedAccount;
    let reportId: string;
    const clientOf = (who: Who): Client =>
      ({
        anonymous: app.client(),
        user: stranger.client,
        reporter: attendee.client,
        'reported owner': target.client,
        moderator: moderator.client,
        administrator: admin.client,
      })[who];
    const moderatorsOnly = (who: Who) => (who === 'anonymous' ? 401 : who === 'moderator' || who === 'administrator' ? null : 403);

    beforeAll(async () => {
      target = await createConfirmedAccount(app);
      reportId = ok(await attendee.client.gql(CREATE_REPORT(), { reportedId: target.persons[0].id, content: 'Matrix' })).createReport.id;
    });

    it.each(WHO)('reports, report and actionLogs as %s', async (who) => {
      const expected = moderatorsOnly(who);
      const reports = await clientOf(who).gql(REPORTS(), { status: 'OPEN', limit: 50 });
      const report = await clientOf(who).gql(REPORT(), { id: reportId });
      const logs = await clientOf(who).gql(LOGS(), {});
      expect([statusOf(reports), statusOf(report), statusOf(logs)]).toEqual([expected, expected, expected]);
      if (expected === null) {
        expect(reports.data.reports.elements.map((r: any) => r.id)).toContain(reportId);
        expect(report.data.report.reporter.id).toBe(attendee.persons[0].id);
      } else {
        // Nothing of a report leaks with the error.
        expect(JSON.stringify([reports.data, report.data, logs.data])).not.toContain(attendee.persons[0].preferredUsername);
      }
    });

    it.each(WHO)('createReport as %s: the reporter is shown to moderators only', async (who) => {
      const res = await clientOf(who).gql(REPORT_WITH_REPORTER, { reportedId: target.persons[0].id, content: `by ${who}` });
      // Anonymous reports are off by default; reporting one's own profile is not a thing.
      const expected = who === 'anonymous' ? 401 : who === 'reported owner' ? 404 : null;
      expect(statusOf(res)).toBe(expected);
      if (expected !== null) return;
      expect(res.data.createReport.status).toBe('OPEN');
      expect(res.data.createReport.reporter).toEqual(who === 'moderator' || who === 'administrator' ? { id: expect.any(String) } : null);
      expect(res.data.createReport.notes).toEqual([]);
    });

    it.each(WHO)('updateReportStatus and createReportNote as %s', async (who) => {
      const expected = moderatorsOnly(who);
      const update = await clientOf(who).gql(UPDATE_REPORT(), { reportId, status: who === 'administrator' ? 'OPEN' : 'CLOSED' });
      const note = await clientOf(who).gql(CREATE_REPORT_NOTE(), { reportId, content: `note by ${who}` });
      expect([statusOf(update), statusOf(note)]).toEqual([expected, expected]);
      if (expected === null) expect(update.data.updateReportStatus.reporter.id).toBe(attendee.persons[0].id);
    });

    // Only the note's author, not even an administrator (issue 12.5).
    it.each(WHO)('deleteReportNote of a moderator’s note as %s', async (who) => {
      const noteId = ok(await moderator.client.gql(CREATE_REPORT_NOTE(), { reportId, content: 'to delete' })).createReportNote.id;
      const res = await clientOf(who).gql(DELETE_REPORT_NOTE, { noteId });
      const expected = who === 'administrator' ? 403 : moderatorsOnly(who);
      expect(statusOf(res)).toBe(expected);
      const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM report_notes WHERE id = $1`, [noteId]);
      expect(count).toBe(expected === null ? 0 : 1);
      if (expected === null) expect(res.data.deleteReportNote).toEqual({ id: noteId });
    });

    it('deleteReportNote: another moderator may not delete a moderator’s note', async () => {
      const other = await createConfirmedAccount(app);
      await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [other.userId]);
      const noteId = ok(await moderator.client.gql(CREATE_REPORT_NOTE(), { reportId, content: 'mine' })).createReportNote.id;
      expect(statusOf(await other.client.gql(DELETE_REPORT_NOTE, { noteId }))).toBe(403);
    });

    it.each(WHO)('suspendProfile and unsuspendProfile as %s', async (who) => {
      const victim = await createConfirmedAccount(app);
      const expected = moderatorsOnly(who);
      const suspend = await clientOf(who).gql(SUSPEND_PROFILE(), { id: victim.persons[0].id });
      const [{ suspended }] = await db.query(`SELECT suspended FROM actors WHERE id = $1`, [victim.persons[0].id]);
      const unsuspend = await clientOf(who).gql(UNSUSPEND_PROFILE(), { id: victim.persons[0].id });
      expect([statusOf(suspend), statusOf(unsuspend), suspended]).toEqual([expected, expected, expected === null]);
    });

    it('a moderator cannot suspend their own profile', async () => {
      expect(statusOf(await moderator.client.gql(SUSPEND_PROFILE(), { id: moderator.persons[0].id }))).toBe(422);
    });

    it("a moderator may neither suspend nor unsuspend a staff member's identity; an administrator may (issue 12.5)", async () => {
      const other = await createConfirmedAccount(app);
      await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [other.userId]);
      const suspended = async (id: string) => (await db.query(`SELECT suspended FROM actors WHERE id = $1`, [id]))[0].suspended;

      for (const staff of [admin, other]) {
        const res = await moderator.client.gql(SUSPEND_PROFILE(), { id: staff.persons[0].id });
        expect(statusOf(res)).toBe(403);
        expect(res.errors![0].message).toMatch(/Only an administrator/);
        expect(await suspended(staff.persons[0].id)).toBe(false);
      }
      ok(await admin.client.gql(SUSPEND_PROFILE(), { id: other.persons[0].id }));
      expect(statusOf(await moderator.client.gql(UNSUSPEND_PROFILE(), { id: other.persons[0].id }))).toBe(403);
      expect(await suspended(other.persons[0].id)).toBe(true);
      ok(await admin.client.gql(UNSUSPEND_PROFILE(), { id: other.persons[0].id }));
      expect(await suspended(other.persons[0].id)).toBe(false);
    });
  });
});
