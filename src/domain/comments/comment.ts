import { RecordedEvents } from '../shared/index.js';
import type { CommentDomainEvent } from './comment.domain-events.js';

/** Mobilizon's CommentVisibility; a comment takes the visibility of its event. */
export type CommentVisibility = 'PUBLIC' | 'UNLISTED' | 'PRIVATE' | 'MODERATED' | 'INVITE';

export interface CommentState {
  id: string;
  uuid: string;
  url: string;
  eventId: string;
  /** The author (an identity). */
  actorId: string;
  /** Sanitized HTML; '' once deleted. */
  text: string;
  /** The comment this one answers (null for a thread's first comment). */
  inReplyToId: string | null;
  /** The first comment of the thread (null for that first comment itself). */
  originId: string | null;
  isAnnouncement: boolean;
  visibility: CommentVisibility;
  language: string;
  deletedAt: Date | null;
  publishedAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export const COMMENT_LIMITS = { text: 20_000 };

type Problem = { field: string; message: string };

/** The readable text of sanitized HTML (emails, emptiness checks): tags out, breaks kept. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|blockquote|pre)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function textProblems(text: string): Problem[] {
  if (plainText(text).length === 0) return [{ field: 'text', message: 'A comment needs some text' }];
  if (text.length > COMMENT_LIMITS.text) return [{ field: 'text', message: `A comment has at most ${COMMENT_LIMITS.text} characters` }];
  return [];
}

const LANGUAGE = /^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*|und)$/;

export class Comment {
  private readonly recorded = new RecordedEvents<CommentDomainEvent>();

  private constructor(private state: CommentState) {}

  static restore(state: CommentState): Comment {
    return new Comment({ ...state });
  }

  /**
   * A new comment under an event. `text` must already be sanitized. A reply to a reply joins the
   * thread of its origin, as Mobilizon threads are one level deep.
   */
  static create(
    base: {
      id: string;
      uuid: string;
      baseUrl: string;
      eventId: string;
      actorId: string;
      visibility: CommentVisibility;
      inReplyTo: Comment | null;
      isAnnouncement: boolean;
      language: string;
    },
    text: string,
    now: Date,
  ): { comment: Comment } | { problems: Problem[] } {
    const problems = textProblems(text);
    if (!LANGUAGE.test(base.language)) problems.push({ field: 'language', message: 'Not a language tag' });
    if (base.isAnnouncement && base.inReplyTo)
      problems.push({ field: 'isAnnouncement', message: 'An announcement starts a thread: it cannot be a reply' });
    if (problems.length > 0) return { problems };
    const comment = new Comment({
      id: base.id,
      uuid: base.uuid,
      url: `${base.baseUrl}/comments/${base.uuid}`,
      eventId: base.eventId,
      actorId: base.actorId,
      text,
      inReplyToId: base.inReplyTo?.id ?? null,
      originId: base.inReplyTo ? (base.inReplyTo.originId ?? base.inReplyTo.id) : null,
      isAnnouncement: base.isAnnouncement,
      visibility: base.visibility,
      language: base.language,
      deletedAt: null,
      publishedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    comment.recorded.record('comment.created', { commentId: base.id, eventId: base.eventId }, now);
    if (base.isAnnouncement) comment.recorded.record('comment.announced', { commentId: base.id, eventId: base.eventId }, now);
    return { comment };
  }

  get id(): string {
    return this.state.id;
  }
  get eventId(): string {
    return this.state.eventId;
  }
  get actorId(): string {
    return this.state.actorId;
  }
  get originId(): string | null {
    return this.state.originId;
  }
  get isAnnouncement(): boolean {
    return this.state.isAnnouncement;
  }
  get isDeleted(): boolean {
    return this.state.deletedAt !== null;
  }
  get text(): string {
    return this.state.text;
  }

  snapshot(): Readonly<CommentState> {
    return { ...this.state };
  }

  pullEvents() {
    return this.recorded.pull();
  }

  /** New text (sanitized) and, when given, the announcement flag. Announcing later sends nothing. */
  edit(changes: { text: string; isAnnouncement?: boolean; language?: string }, now: Date): Problem[] {
    const problems = textProblems(changes.text);
    if (changes.language !== undefined && !LANGUAGE.test(changes.language))
      problems.push({ field: 'language', message: 'Not a language tag' });
    if (changes.isAnnouncement && this.state.inReplyToId)
      problems.push({ field: 'isAnnouncement', message: 'An announcement starts a thread: it cannot be a reply' });
    if (problems.length > 0) return problems;
    this.state.text = changes.text;
    if (changes.isAnnouncement !== undefined) this.state.isAnnouncement = changes.isAnnouncement;
    if (changes.language !== undefined) this.state.language = changes.language;
    this.state.updatedAt = now;
    this.recorded.record('comment.updated', { commentId: this.id, eventId: this.eventId }, now);
    return [];
  }

  /** Soft delete: the comment keeps its place in its thread, without its words. */
  markDeleted(now: Date): void {
    if (this.isDeleted) return;
    this.state.text = '';
    this.state.isAnnouncement = false;
    this.state.deletedAt = now;
    this.state.updatedAt = now;
    this.recorded.record('comment.deleted', { commentId: this.id, eventId: this.eventId }, now);
  }
}
