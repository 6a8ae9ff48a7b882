import { beforeEach, describe, expect, it } from '@jest/globals';
import { makeAccount } from '../../../test/factories/accounts.js';
import { makeEvent } from '../../../test/factories/events.js';
import { CountingRateLimiter } from '../../../test/fakes/counting-rate-limiter.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemoryCommentRepository } from '../../../test/fakes/in-memory-comment.repository.js';
import { InMemoryEventAudience } from '../../../test/fakes/in-memory-event-audience.js';
import { InMemoryEventRepository } from '../../../test/fakes/in-memory-event.repository.js';
import { InMemoryPersonRepository } from '../../../test/fakes/in-memory-person.repository.js';
import { InMemorySentNotifications } from '../../../test/fakes/in-memory-sent-notifications.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { RecordingMailer } from '../../../test/fakes/recording-mailer.js';
import type { UserRole } from '../accounts/index.js';
import { HtmlSanitizer, type EventChanges } from '../events/index.js';
import { InstanceIdentity, Person } from '../identities/index.js';
import { ActionLog, type ActionLogEntry } from '../moderation/index.js';
import type { Page, Result } from '../shared/index.js';
import {
  Comment,
  CreateComment,
  DeleteComment,
  SendCommentAnnouncement,
  UpdateComment,
  ViewComments,
  plainText,
  type CommentError,
} from './index.js';

/** Drops scripts and event handlers: enough to see that the port is used (the real one is sanitize-html). */
class ScriptStrippingSanitizer extends HtmlSanitizer {
  sanitize(html: string): string {
    return html
      .replace(/<script[\s\S]*?<\/script>/gi, '')
      .replace(/\son\w+="[^"]*"/gi, '')
      .trim();
  }
}

class TestInstance extends InstanceIdentity {
  baseUrl(): string {
    return 'https://x.test';
  }
}

class RecordingActionLog extends ActionLog {
  readonly entries: ActionLogEntry[] = [];
  async record(entry: Omit<ActionLogEntry, 'id'>): Promise<ActionLogEntry> {
    const saved = { ...entry, id: String(this.entries.length + 1) };
    this.entries.push(saved);
    return saved;
  }
  async list(): Promise<Page<ActionLogEntry>> {
    return { total: this.entries.length, elements: [...this.entries].reverse() };
  }
}

const errorOf = <T>(r: Result<T, CommentError>) => (r.ok ? null : r.error.type);
const valueOf = <T>(r: Result<T, CommentError>): T => {
  if (!r.ok) throw new Error(`unexpected ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('comments', () => {
  let clock: FixedClock;
  let users: InMemoryUserRepository;
  let persons: InMemoryPersonRepository;
  let events: InMemoryEventRepository;
  let comments: InMemoryCommentRepository;
  let limiter: CountingRateLimiter;
  let actionLog: RecordingActionLog;
  let create: CreateComment;
  let update: UpdateComment;
  let remove: DeleteComment;
  let view: ViewComments;

  const account = (role: UserRole = 'USER', identities = 1) => makeAccount({ users, persons, clock }, role, identities);
  const event = (organizerActorId: string, changes: EventChanges = {}) => makeEvent({ events, clock }, organizerActorId, changes);

  beforeEach(() => {
    clock = new FixedClock();
    users = new InMemoryUserRepository();
    persons = new InMemoryPersonRepository();
    events = new InMemoryEventRepository();
    comments = new InMemoryCommentRepository();
    limiter = new CountingRateLimiter();
    actionLog = new RecordingActionLog();
    const sanitizer = new ScriptStrippingSanitizer();
    create = new CreateComment(comments, events, users, persons, sanitizer, new TestInstance(), limiter, clock);
    update = new UpdateComment(comments, events, users, persons, sanitizer, clock);
    remove = new DeleteComment(comments, events, users, persons, actionLog, clock);
    view = new ViewComments(comments, events, users, persons);
  });

  describe('the Comment aggregate', () => {
    const base = {
      id: '1',
      uuid: 'c0000000-0000-4000-8000-000000000001',
      baseUrl: 'https://x.test',
      eventId: '9',
      actorId: '7',
      visibility: 'PUBLIC' as const,
      inReplyTo: null,
      isAnnouncement: false,
      language: 'und',
    };

    it('refuses empty text (markup alone is empty) and a bad language, reporting every field', () => {
      expect(Comment.create({ ...base, language: 'not a tag' }, '<p> </p>', clock.now())).toEqual({
        problems: [
          { field: 'text', message: 'A comment needs some text' },
          { field: 'language', message: 'Not a language tag' },
        ],
      });
    });

    it('attaches a reply to a reply to the thread of its origin, and records its domain events', () => {
      const origin = (Comment.create(base, 'first', clock.now()) as { comment: Comment }).comment;
      const reply = (
        Comment.create({ ...base, id: '2', uuid: 'c0000000-0000-4000-8000-000000000002', inReplyTo: origin }, 'second', clock.now()) as {
          comment: Comment;
        }
      ).comment;
      const deeper = (
        Comment.create({ ...base, id: '3', uuid: 'c0000000-0000-4000-8000-000000000003', inReplyTo: reply }, 'third', clock.now()) as {
          comment: Comment;
        }
      ).comment;
      expect(deeper.snapshot()).toMatchObject({
        inReplyToId: '2',
        originId: '1',
        url: 'https://x.test/comments/c0000000-0000-4000-8000-000000000003',
      });
      expect(origin.pullEvents().map((e) => e.name)).toEqual(['comment.created']);
    });

    it('soft-deletes: empty text, a deletion date, once', () => {
      const comment = (Comment.create(base, 'words', clock.now()) as { comment: Comment }).comment;
      comment.pullEvents();
      comment.markDeleted(clock.now());
      comment.markDeleted(clock.now());
      expect(comment.snapshot()).toMatchObject({ text: '', deletedAt: clock.now() });
      expect(comment.pullEvents().map((e) => e.name)).toEqual(['comment.deleted']);
    });

    it('reads sanitized HTML as plain text for emails', () => {
      expect(plainText('<p>Bring <strong>a hat</strong> &amp; water</p><p>See you</p>')).toBe('Bring a hat & water\nSee you');
    });
  });

  it('comments as the default identity, sanitizes the text, and lists threads with their replies', async () => {
    const organizer = await account();
    const guest = await account();
    const e = await event(organizer.actorIds[0]);
    const first = valueOf(
      await create.execute({ userId: guest.userId, eventId: e.id, text: '<p onclick="x()">Hello<script>alert(1)</script></p>' }),
    );
    expect(first.snapshot()).toMatchObject({ actorId: guest.actorIds[0], text: '<p>Hello</p>', visibility: 'PUBLIC', originId: null });
    clock.advance(1000);
    const reply = valueOf(await create.execute({ userId: organizer.userId, eventId: e.id, text: 'Welcome', inReplyToCommentId: first.id }));
    clock.advance(1000);
    const again = valueOf(await create.execute({ userId: guest.userId, eventId: e.id, text: 'Thanks', inReplyToCommentId: reply.id }));
    expect(again.snapshot()).toMatchObject({ inReplyToId: reply.id, originId: first.id });

    expect(valueOf(await view.ofEvent({ userId: null, eventId: e.id })).map((c) => c.id)).toEqual([first.id]);
    expect(valueOf(await view.thread({ userId: null, commentId: first.id })).map((c) => c.id)).toEqual([reply.id, again.id]);
    expect(comments.outbox.map((x) => x.name)).toEqual(['comment.created', 'comment.created', 'comment.created']);
  });

  it('posts as the organizer identity under the organizer’s own event, whatever the default identity', async () => {
    const organizer = await account('USER', 2);
    const e = await event(organizer.actorIds[1]);
    const comment = valueOf(await create.execute({ userId: organizer.userId, eventId: e.id, text: 'From the organizer' }));
    expect(comment.actorId).toBe(organizer.actorIds[1]);
  });

  it('enforces the event’s comment moderation: CLOSED and MODERATED leave the floor to the organizer', async () => {
    const organizer = await account();
    const guest = await account();
    for (const moderation of ['CLOSED', 'MODERATED'] as const) {
      const e = await event(organizer.actorIds[0], { options: { commentModeration: moderation } });
      expect(errorOf(await create.execute({ userId: guest.userId, eventId: e.id, text: 'Hi' }))).toBe(
        moderation === 'CLOSED' ? 'comments-closed' : 'comments-moderated',
      );
      expect(errorOf(await create.execute({ userId: organizer.userId, eventId: e.id, text: 'News' }))).toBeNull();
    }
  });

  it('keeps drafts’ and private events’ comments to those who may see the event', async () => {
    const organizer = await account();
    const guest = await account();
    const draft = await event(organizer.actorIds[0], { draft: true });
    expect(errorOf(await create.execute({ userId: guest.userId, eventId: draft.id, text: 'Hi' }))).toBe('event-not-found');
    const secret = await event(organizer.actorIds[0], { visibility: 'PRIVATE' });
    const mine = valueOf(await create.execute({ userId: organizer.userId, eventId: secret.id, text: 'Note' }));
    expect(mine.snapshot().visibility).toBe('PRIVATE');
    expect(errorOf(await view.ofEvent({ userId: null, eventId: secret.id }))).toBe('event-not-found');
    expect(errorOf(await view.thread({ userId: guest.userId, commentId: mine.id }))).toBe('comment-not-found');
  });

  it('lets only the organizer announce, and only at the top of a thread', async () => {
    const organizer = await account();
    const guest = await account();
    const e = await event(organizer.actorIds[0]);
    expect(errorOf(await create.execute({ userId: guest.userId, eventId: e.id, text: 'Hear ye', isAnnouncement: true }))).toBe(
      'announcement-not-allowed',
    );
    const announcement = valueOf(
      await create.execute({ userId: organizer.userId, eventId: e.id, text: 'Bring a hat', isAnnouncement: true }),
    );
    expect(comments.outbox.map((x) => x.name)).toEqual(['comment.created', 'comment.announced']);
    const asReply = await create.execute({
      userId: organizer.userId,
      eventId: e.id,
      text: 'More',
      isAnnouncement: true,
      inReplyToCommentId: announcement.id,
    });
    expect(asReply).toEqual({
      ok: false,
      error: {
        type: 'invalid-fields',
        fields: [{ field: 'isAnnouncement', message: 'An announcement starts a thread: it cannot be a reply' }],
      },
    });
  });

  it('refuses a suspended identity, a reply into another event, and too many comments a minute', async () => {
    const organizer = await account();
    const guest = await account();
    const e = await event(organizer.actorIds[0]);
    const other = await event(organizer.actorIds[0]);
    const elsewhere = valueOf(await create.execute({ userId: guest.userId, eventId: other.id, text: 'There' }));
    expect(errorOf(await create.execute({ userId: guest.userId, eventId: e.id, text: 'Here', inReplyToCommentId: elsewhere.id }))).toBe(
      'comment-not-found',
    );

    const suspended = await persons.findById(guest.actorIds[0]);
    await persons.save(Person.restore({ ...suspended!.snapshot(), suspended: true }));
    expect(errorOf(await create.execute({ userId: guest.userId, eventId: e.id, text: 'Hi' }))).toBe('identity-suspended');
    expect(errorOf(await update.execute({ userId: guest.userId, commentId: elsewhere.id, text: 'Edited' }))).toBe('identity-suspended');

    const chatty = await account();
    for (let i = 0; i < 30; i++) valueOf(await create.execute({ userId: chatty.userId, eventId: e.id, text: `#${i}` }));
    expect(errorOf(await create.execute({ userId: chatty.userId, eventId: e.id, text: 'one more' }))).toBe('rate-limited');
  });

  it('lets only the author edit, and never a deleted comment', async () => {
    const organizer = await account();
    const guest = await account();
    const e = await event(organizer.actorIds[0]);
    const comment = valueOf(await create.execute({ userId: guest.userId, eventId: e.id, text: 'Typo' }));
    clock.advance(60_000);
    const edited = valueOf(await update.execute({ userId: guest.userId, commentId: comment.id, text: '<b>Fixed</b><script>x</script>' }));
    expect(edited.snapshot()).toMatchObject({ text: '<b>Fixed</b>', updatedAt: clock.now() });
    expect(errorOf(await update.execute({ userId: organizer.userId, commentId: comment.id, text: 'Not yours' }))).toBe('not-allowed');
    expect(errorOf(await update.execute({ userId: guest.userId, commentId: comment.id, text: 'Now news', isAnnouncement: true }))).toBe(
      'announcement-not-allowed',
    );
    valueOf(await remove.execute({ userId: guest.userId, commentId: comment.id }));
    expect(errorOf(await update.execute({ userId: guest.userId, commentId: comment.id, text: 'Back' }))).toBe('comment-deleted');
  });

  it('deletes for the author, the organizer and a moderator (who leaves a trail); refuses anybody else', async () => {
    const organizer = await account();
    const guest = await account();
    const stranger = await account();
    const moderator = await account('MODERATOR');
    const e = await event(organizer.actorIds[0]);
    const say = async (text: string) => valueOf(await create.execute({ userId: guest.userId, eventId: e.id, text }));

    const a = await say('one');
    expect(errorOf(await remove.execute({ userId: stranger.userId, commentId: a.id }))).toBe('not-allowed');
    expect(valueOf(await remove.execute({ userId: guest.userId, commentId: a.id })).snapshot()).toMatchObject({
      text: '',
      deletedAt: clock.now(),
    });
    const b = await say('two');
    valueOf(await remove.execute({ userId: organizer.userId, commentId: b.id }));
    expect(actionLog.entries).toEqual([]);
    const c = await say('<p>three is rude</p>');
    valueOf(await remove.execute({ userId: moderator.userId, commentId: c.id }));
    expect(actionLog.entries).toEqual([
      {
        id: '1',
        moderatorActorId: moderator.actorIds[0],
        action: 'COMMENT_DELETION',
        objectType: 'Comment',
        objectId: c.id,
        details: { eventId: e.id, eventTitle: 'Picnic', authorActorId: guest.actorIds[0], text: 'three is rude' },
        createdAt: clock.now(),
      },
    ]);
    // Deleted comments keep their place in the list.
    expect(valueOf(await view.ofEvent({ userId: null, eventId: e.id })).map((x) => [x.id, x.text])).toEqual([
      [c.id, ''],
      [b.id, ''],
      [a.id, ''],
    ]);
  });

  describe('announcement emails', () => {
    it('emails each participant once, and nothing for a deleted announcement', async () => {
      const organizer = await account();
      const e = await event(organizer.actorIds[0]);
      const audience = new InMemoryEventAudience();
      audience.participants.set(e.id, [
        { userId: '50', email: 'ada@example.test', locale: 'fr', timezone: 'Europe/Paris', settings: null },
        { userId: '51', email: 'ADA@example.test', locale: 'en', timezone: null, settings: null },
        { userId: null, email: 'anon@example.test', locale: 'en', timezone: null, settings: null },
      ]);
      const mailer = new RecordingMailer();
      const send = new SendCommentAnnouncement(comments, events, persons, audience, new InMemorySentNotifications(), mailer, clock);
      const announcement = valueOf(
        await create.execute({ userId: organizer.userId, eventId: e.id, text: '<p>Bring a hat</p><p>and water</p>', isAnnouncement: true }),
      );

      expect(await send.execute({ commentId: announcement.id })).toBe(2);
      expect(await send.execute({ commentId: announcement.id })).toBe(0); // a retried job sends nothing twice
      expect(mailer.sent.map((m) => [m.template, m.to, m.locale])).toEqual([
        ['event-announcement', 'ada@example.test', 'fr'],
        ['event-announcement', 'anon@example.test', 'en'],
      ]);
      expect(mailer.sent[0].data).toMatchObject({
        eventTitle: 'Picnic',
        eventUuid: e.uuid,
        organizerName: expect.stringMatching(/^Person/),
        message: 'Bring a hat\nand water',
      });

      const later = valueOf(await create.execute({ userId: organizer.userId, eventId: e.id, text: 'Oops', isAnnouncement: true }));
      valueOf(await remove.execute({ userId: organizer.userId, commentId: later.id }));
      expect(await send.execute({ commentId: later.id })).toBe(0);
    });
  });
});
