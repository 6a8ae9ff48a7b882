import type { UserRepository } from '../../accounts/index.js';
import { maySee, organizes, type EventRepository } from '../../events/index.js';
import { actingIdentity, type PersonRepository } from '../../identities/index.js';
import type { ActionLog } from '../../moderation/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { commenterOf, plainExcerpt } from '../comment-access.js';
import type { CommentError } from '../comment.errors.js';
import type { Comment } from '../comment.js';
import type { CommentRepository } from '../ports/comment.repository.js';

/**
 * By the author's account, the event's organizer, or a moderator of the instance. A moderator's
 * deletion of someone else's comment goes to the action log, with what the comment said.
 */
export class DeleteComment {
  constructor(
    private readonly comments: CommentRepository,
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly actionLog: ActionLog,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: { userId: string; commentId: string }): Promise<Result<Comment, CommentError>> {
    const comment = await this.comments.findById(cmd.commentId);
    if (!comment) return err({ type: 'comment-not-found' });
    const [event, commenter] = await Promise.all([
      this.events.findById(comment.eventId),
      commenterOf(cmd.userId, this.users, this.persons),
    ]);
    if (!event || !commenter || !maySee(commenter, event)) return err({ type: 'comment-not-found' });
    const byAuthor = commenter.actorIds.includes(comment.actorId);
    const byOrganizer = organizes(commenter, event);
    if (!byAuthor && !byOrganizer && !commenter.isModerator) return err({ type: 'not-allowed' });
    // Deleting twice changes nothing and logs nothing.
    if (comment.isDeleted) return ok(comment);

    const asModerator = !byAuthor && !byOrganizer;
    const moderatorActorId = asModerator ? (actingIdentity(commenter, commenter.identities)?.id ?? null) : null;
    // The trail needs the moderator's identity.
    if (asModerator && !moderatorActorId) return err({ type: 'no-identity' });

    const excerpt = plainExcerpt(comment.text);
    const now = this.clock.now();
    comment.markDeleted(now);
    await this.comments.save(comment);
    if (asModerator) {
      await this.actionLog.record({
        moderatorActorId: moderatorActorId!,
        action: 'COMMENT_DELETION',
        objectType: 'Comment',
        objectId: comment.id,
        details: { eventId: event.id, eventTitle: event.snapshot().title, authorActorId: comment.actorId, text: excerpt },
        createdAt: now,
      });
    }
    return ok(comment);
  }
}
