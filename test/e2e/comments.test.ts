// Comments under events through /api with the Mobilizon web client's own operations
// (comment.graphql): threads, edits, deletions and who may do what, the event's comment
// moderation, sanitizing, announcements emailed to participants, and the moderator's trail.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { startTestApp, type Client, type GqlResponse, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { openTestDataSource, unique } from '../support/database.js';
import { compareField, compareRootFields, compareTypes } from '../support/schema-compare.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('comments e2e skipped: ../shared/mobilizon/client-ops is absent');

const op = (name: string) => operation('comment.graphql', name).document;
const CREATE = () => op('CREATE_COMMENT_FROM_EVENT');
const UPDATE = () => op('UPDATE_COMMENT');
const DELETE = () => op('DELETE_COMMENT');
const THREAD = () => op('FETCH_THREAD_REPLIES');
const THREADS = () => op('COMMENTS_THREADS');
const THREADS_WITH_REPLIES = () => op('COMMENTS_THREADS_WITH_REPLIES');
const JOIN_EVENT = () => operation('event.graphql', 'JOIN_EVENT').document;

const CREATE_EVENT = `mutation CreateEvent($organizerActorId: ID!, $title: String!, $beginsOn: DateTime!, $draft: Boolean, $visibility: EventVisibility, $options: EventOptionsInput) {
  createEvent(organizerActorId: $organizerActorId, title: $title, description: "", beginsOn: $beginsOn, draft: $draft, visibility: $visibility, options: $options) { id uuid }
}`;
const SCHEMA_FILE = path.resolve(process.cwd(), '../shared/mobilizon/schema.graphql');

function ok<T = any>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const code = (res: GqlResponse) => res.errors?.[0]?.code ?? 'ok';

run('comments through the API', () => {
  let app: TestApp;
  let db: DataSource;
  let organizer: ConfirmedAccount;
  let guest: ConfirmedAccount;
  let stranger: ConfirmedAccount;
  let moderator: ConfirmedAccount;
  let event: { id: string; uuid: string };
  const anon = () => app.client();
  const inDays = (days: number) => new Date(Date.now() + days * 86400_000).toISOString();

  async function createEvent(variables: Record<string, unknown> = {}): Promise<{ id: string; uuid: string }> {
    return ok(
      await organizer.client.gql(CREATE_EVENT, {
        organizerActorId: organizer.persons[0].id,
        title: `Talk ${unique('e')}`,
        beginsOn: inDays(10),
        ...variables,
      }),
    ).createEvent;
  }
  const comment = (client: Client, variables: Record<string, unknown>) => client.gql(CREATE(), { eventId: event.id, ...variables });

  beforeAll(async () => {
    app = await startTestApp();
    db = await openTestDataSource();
    [organizer, guest, stranger, moderator] = await Promise.all([
      createConfirmedAccount(app),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
      createConfirmedAccount(app),
    ]);
    await db.query(`UPDATE users SET role = 'MODERATOR' WHERE id = $1`, [moderator.userId]);
    event = await createEvent();
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
    await app?.close();
  });

  it('has Mobilizon’s Comment type and comment fields', async () => {
    if (!existsSync(SCHEMA_FILE)) return console.warn('schema comparison skipped: no reference schema');
    const res = await anon().gql<IntrospectionQuery>(getIntrospectionQuery());
    const schema: GraphQLSchema = buildClientSchema(res.data);
    // The app sorts its schema (arguments included): compare with the reference sorted the same way.
    const reference = lexicographicSortSchema(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
    expect([
      // `conversation` comes with private messages.
      ...compareTypes(schema, reference, ['Comment', 'CommentVisibility'], { omitFields: { Comment: ['conversation'] } }),
      ...compareRootFields(schema, reference, 'query', ['thread']),
      ...compareRootFields(schema, reference, 'mutation', ['createComment', 'updateComment', 'deleteComment']),
    ]).toEqual([]);
    expect(String(schema.getType('Event') && (schema.getType('Event') as any).getFields().comments.type)).toBe('[Comment]');
    // Event.comments is this area's field on Event (the event area's comparison leaves it out).
    const event = schema.getType('Event') as GraphQLObjectType;
    const referenceEvent = reference.getType('Event') as GraphQLObjectType;
    expect(compareField('Event.comments', event.getFields().comments!, referenceEvent.getFields().comments!)).toEqual([]);
  });

  it('creates a comment as the default identity, replies in a thread, and shows both to anyone', async () => {
    const first = ok(await comment(guest.client, { text: '<p>Is there parking?</p>' })).createComment;
    expect(first).toMatchObject({
      text: '<p>Is there parking?</p>',
      visibility: 'PUBLIC',
      local: true,
      isAnnouncement: false,
      language: 'und',
      deletedAt: null,
      totalReplies: 0,
      actor: { id: guest.persons[0].id, preferredUsername: guest.persons[0].preferredUsername },
      inReplyToComment: null,
      originComment: null,
      replies: [],
    });
    expect(first.url).toMatch(new RegExp(`/comments/${first.uuid}$`));

    const answer = ok(await comment(organizer.client, { text: 'Yes, behind the hall', inReplyToCommentId: first.id })).createComment;
    expect(answer).toMatchObject({
      actor: { id: organizer.persons[0].id },
      inReplyToComment: { id: first.id },
      originComment: { id: first.id },
    });
    // A reply to a reply joins the thread of its origin.
    const thanks = ok(await comment(guest.client, { text: 'Thanks!', inReplyToCommentId: answer.id })).createComment;
    expect(thanks).toMatchObject({ inReplyToComment: { id: answer.id }, originComment: { id: first.id } });

    const thread = ok(await anon().gql(THREAD(), { threadId: first.id })).thread;
    expect(thread.map((c: any) => [c.id, c.text])).toEqual([
      [answer.id, 'Yes, behind the hall'],
      [thanks.id, 'Thanks!'],
    ]);
    const threads = ok(await anon().gql(THREADS_WITH_REPLIES(), { eventUUID: event.uuid })).event.comments;
    const mine = threads.find((c: any) => c.id === first.id);
    expect(mine).toMatchObject({ totalReplies: 2, replies: [{ id: answer.id }, { id: thanks.id }] });
    expect(threads.some((c: any) => c.id === answer.id)).toBe(false);
  });

  it('sanitizes the text like descriptions (no stored XSS), on create and on update', async () => {
    const created = ok(
      await comment(guest.client, {
        text: '<p onmouseover="steal()">Hi<script>alert(1)</script> <a href="javascript:alert(2)">x</a><img src=x onerror=alert(3)></p>',
      }),
    ).createComment;
    expect(created.text).not.toMatch(/script|onmouseover|onerror|javascript:/i);
    expect(created.text).toContain('Hi');
    const updated = ok(
      await guest.client.gql(UPDATE(), { commentId: created.id, text: '<b>ok</b><iframe src="https://evil.example"></iframe>' }),
    ).updateComment;
    expect(updated.text).toBe('<b>ok</b>');
    const empty = await guest.client.gql(UPDATE(), { commentId: created.id, text: '<script>only</script>' });
    expect(empty.errors?.[0]).toMatchObject({ code: 'validation', field: 'text', message: 'A comment needs some text' });
  });

  it('edits one’s own comment, and a deleted comment keeps its place without its words', async () => {
    const first = ok(await comment(guest.client, { text: 'Frist' })).createComment;
    const reply = ok(await comment(stranger.client, { text: 'Typo!', inReplyToCommentId: first.id })).createComment;
    const edited = ok(await guest.client.gql(UPDATE(), { commentId: first.id, text: 'First' })).updateComment;
    expect(edited).toMatchObject({ id: first.id, text: 'First', language: 'und' });
    expect(new Date(edited.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(first.updatedAt).getTime());

    expect(ok(await guest.client.gql(DELETE(), { commentId: first.id })).deleteComment).toEqual({ id: first.id });
    const threads = ok(await anon().gql(THREADS_WITH_REPLIES(), { eventUUID: event.uuid })).event.comments;
    expect(threads.find((c: any) => c.id === first.id)).toMatchObject({
      text: '',
      deletedAt: expect.any(String),
      replies: [{ id: reply.id, text: 'Typo!' }],
    });
    expect((await guest.client.gql(UPDATE(), { commentId: first.id, text: 'Back' })).errors?.[0]).toMatchObject({
      code: 'validation',
      message: 'This comment was deleted',
    });
  });

  it('enforces CLOSED and MODERATED: only the organizer may comment there', async () => {
    for (const moderation of ['CLOSED', 'MODERATED']) {
      const quiet = await createEvent({ options: { commentModeration: moderation } });
      const refused = await guest.client.gql(CREATE(), { eventId: quiet.id, text: 'Let me in' });
      expect(refused.errors?.[0]).toMatchObject({
        code: 'unauthorized',
        message: expect.stringContaining(moderation === 'CLOSED' ? 'closed' : 'moderated'),
      });
      expect(ok(await organizer.client.gql(CREATE(), { eventId: quiet.id, text: 'Organizer here' })).createComment.actor.id).toBe(
        organizer.persons[0].id,
      );
      expect(ok(await anon().gql(THREADS(), { eventUUID: quiet.uuid })).event.comments.map((c: any) => c.text)).toEqual(['Organizer here']);
    }
  });

  it('keeps a draft’s comments to those who may see it', async () => {
    const draft = await createEvent({ draft: true });
    expect(code(await guest.client.gql(CREATE(), { eventId: draft.id, text: 'Peek' }))).toBe('not_found');
    const note = ok(await organizer.client.gql(CREATE(), { eventId: draft.id, text: 'Note to self' })).createComment;
    expect(code(await anon().gql(THREAD(), { threadId: note.id }))).toBe('not_found');
  });

  it('emails the organizer’s announcement to the participants, and refuses announcements from others', async () => {
    const party = await createEvent();
    ok(await guest.client.gql(JOIN_EVENT(), { eventId: party.id, actorId: guest.persons[0].id }));
    const refused = await stranger.client.gql(CREATE(), { eventId: party.id, text: 'Free beer!', isAnnouncement: true });
    expect(refused.errors?.[0]).toMatchObject({ code: 'unauthorized', field: 'isAnnouncement' });

    const announcement = ok(
      await organizer.client.gql(CREATE(), { eventId: party.id, text: '<p>Bring a hat &amp; water</p>', isAnnouncement: true }),
    ).createComment;
    expect(announcement.isAnnouncement).toBe(true);
    const mail = await app.smtp.waitFor((m) => m.to.includes(guest.email) && m.subject.startsWith('Announcement for'), 20_000);
    expect(mail.text).toContain('Bring a hat & water');
    expect(mail.links.some((link) => link.endsWith(`/events/${party.uuid}`))).toBe(true);
    // The organizer and non-participants are not told.
    expect(app.smtp.messagesTo(organizer.email).some((m) => m.subject.startsWith('Announcement for'))).toBe(false);
    expect(app.smtp.messagesTo(stranger.email).some((m) => m.subject.startsWith('Announcement for'))).toBe(false);
    // Announcements come first in the event's threads.
    ok(await guest.client.gql(CREATE(), { eventId: party.id, text: 'Got it' }));
    expect(ok(await anon().gql(THREADS(), { eventUUID: party.uuid })).event.comments.map((c: any) => c.isAnnouncement)).toEqual([
      true,
      false,
    ]);
  });

  it('records a moderator’s deletion in the action log with the moderator’s identity', async () => {
    const rude = ok(await comment(stranger.client, { text: 'Something rude' })).createComment;
    ok(await moderator.client.gql(DELETE(), { commentId: rude.id }));
    const rows = await db.query(
      `SELECT moderator_actor_id::text, action, object_type, object_id, details FROM action_logs WHERE object_type = 'Comment' AND object_id = $1`,
      [rude.id],
    );
    expect(rows).toEqual([
      {
        moderator_actor_id: moderator.persons[0].id,
        action: 'COMMENT_DELETION',
        object_type: 'Comment',
        object_id: rude.id,
        details: expect.objectContaining({ text: 'Something rude', authorActorId: stranger.persons[0].id, eventId: event.id }),
      },
    ]);
  });

  describe('authorization matrix', () => {
    type Who = 'anonymous' | 'another account' | 'the author' | 'the event organizer' | 'moderator';
    const WHO: Who[] = ['anonymous', 'another account', 'the author', 'the event organizer', 'moderator'];
    const clientOf = (who: Who): Client =>
      ({
        anonymous: anon(),
        'another account': stranger.client,
        'the author': guest.client,
        'the event organizer': organizer.client,
        moderator: moderator.client,
      })[who];
    // The author of every comment below is `guest`.
    const expected: Record<'createComment' | 'updateComment' | 'deleteComment', Record<Who, string>> = {
      createComment: {
        anonymous: 'unauthenticated',
        'another account': 'ok',
        'the author': 'ok',
        'the event organizer': 'ok',
        moderator: 'ok',
      },
      updateComment: {
        anonymous: 'unauthenticated',
        'another account': 'unauthorized',
        'the author': 'ok',
        'the event organizer': 'unauthorized',
        moderator: 'unauthorized',
      },
      deleteComment: {
        anonymous: 'unauthenticated',
        'another account': 'unauthorized',
        'the author': 'ok',
        'the event organizer': 'ok',
        moderator: 'ok',
      },
    };

    for (const who of WHO) {
      it(`createComment × ${who}: ${expected.createComment[who]}`, async () => {
        expect(code(await comment(clientOf(who), { text: `hello from ${who}` }))).toBe(expected.createComment[who]);
      });
      it(`updateComment × ${who}: ${expected.updateComment[who]}`, async () => {
        const target = ok(await comment(guest.client, { text: 'original' })).createComment;
        const res = await clientOf(who).gql(UPDATE(), { commentId: target.id, text: `changed by ${who}` });
        expect(code(res)).toBe(expected.updateComment[who]);
        const [row] = await db.query(`SELECT text FROM comments WHERE id = $1`, [target.id]);
        expect(row.text).toBe(code(res) === 'ok' ? `changed by ${who}` : 'original');
      });
      it(`deleteComment × ${who}: ${expected.deleteComment[who]}`, async () => {
        const target = ok(await comment(guest.client, { text: 'to delete' })).createComment;
        const res = await clientOf(who).gql(DELETE(), { commentId: target.id });
        expect(code(res)).toBe(expected.deleteComment[who]);
        const [row] = await db.query(`SELECT deleted_at FROM comments WHERE id = $1`, [target.id]);
        expect(row.deleted_at !== null).toBe(code(res) === 'ok');
      });
    }
  });
});
