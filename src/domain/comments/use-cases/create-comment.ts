import { randomUUID } from 'node:crypto';
import type { UserRepository } from '../../accounts/index.js';
import { maySee, type EventRepository, type HtmlSanitizer } from '../../events/index.js';
import type { InstanceIdentity, PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import { commenterOf, commentVisibilityFor, speakerFor } from '../comment-access.js';
import type { CommentError } from '../comment.errors.js';
import { Comment } from '../comment.js';
import type { CommentRepository } from '../ports/comment.repository.js';

export interface CreateCommentCommand {
  userId: string;
  eventId: string;
  text: string;
  inReplyToCommentId?: string | null;
  isAnnouncement?: boolean | null;
  language?: string | null;
}

/** Against spam: comments per account per minute. */
const COMMENTS_PER_MINUTE = 30;

/**
 * A comment under an event the caller may see. The event's moderation decides who may post:
 * ALLOW_ALL anyone, MODERATED and CLOSED its organizer only. Announcements are the organizer's and
 * are emailed to the participants (through `comment.announced`).
 */
export class CreateComment {
  constructor(
    private readonly comments: CommentRepository,
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly sanitizer: HtmlSanitizer,
    private readonly instance: InstanceIdentity,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: CreateCommentCommand): Promise<Result<Comment, CommentError>> {
    const [event, commenter] = await Promise.all([this.events.findById(cmd.eventId), commenterOf(cmd.userId, this.users, this.persons)]);
    if (!event || !commenter || !maySee(commenter, event)) return err({ type: 'event-not-found' });
    const author = speakerFor(commenter, event);
    if (!author) return err({ type: 'no-identity' });
    if (author.isSuspended) return err({ type: 'identity-suspended' });

    const byOrganizer = author.id === event.organizerActorId;
    const moderation = event.options.commentModeration;
    if (!byOrganizer && moderation === 'CLOSED') return err({ type: 'comments-closed' });
    if (!byOrganizer && moderation === 'MODERATED') return err({ type: 'comments-moderated' });
    if (cmd.isAnnouncement && !byOrganizer) return err({ type: 'announcement-not-allowed' });

    let parent: Comment | null = null;
    if (cmd.inReplyToCommentId) {
      parent = await this.comments.findById(cmd.inReplyToCommentId);
      // A reply stays under the event of what it answers.
      if (!parent || parent.eventId !== event.id) return err({ type: 'comment-not-found' });
    }
    if (!(await this.limiter.hit(`create-comment:user:${cmd.userId}`, COMMENTS_PER_MINUTE, 60))) return err({ type: 'rate-limited' });

    const created = Comment.create(
      {
        id: await this.comments.nextId(),
        uuid: randomUUID(),
        baseUrl: this.instance.baseUrl(),
        eventId: event.id,
        actorId: author.id,
        visibility: commentVisibilityFor(event.visibility),
        inReplyTo: parent,
        isAnnouncement: cmd.isAnnouncement ?? false,
        language: cmd.language ?? 'und',
      },
      this.sanitizer.sanitize(cmd.text),
      this.clock.now(),
    );
    if ('problems' in created) return err({ type: 'invalid-fields', fields: created.problems });
    await this.comments.save(created.comment);
    return ok(created.comment);
  }
}
