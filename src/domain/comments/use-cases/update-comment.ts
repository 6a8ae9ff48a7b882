import type { UserRepository } from '../../accounts/index.js';
import { maySee, type EventRepository, type HtmlSanitizer } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type Result } from '../../shared/index.js';
import { commenterOf } from '../comment-access.js';
import type { CommentError } from '../comment.errors.js';
import type { Comment } from '../comment.js';
import type { CommentRepository } from '../ports/comment.repository.js';

export interface UpdateCommentCommand {
  userId: string;
  commentId: string;
  text: string;
  isAnnouncement?: boolean | null;
  language?: string | null;
}

/** Only the author's account edits a comment; nobody edits a deleted one. */
export class UpdateComment {
  constructor(
    private readonly comments: CommentRepository,
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
    private readonly sanitizer: HtmlSanitizer,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: UpdateCommentCommand): Promise<Result<Comment, CommentError>> {
    const comment = await this.comments.findById(cmd.commentId);
    if (!comment) return err({ type: 'comment-not-found' });
    const [event, commenter] = await Promise.all([
      this.events.findById(comment.eventId),
      commenterOf(cmd.userId, this.users, this.persons),
    ]);
    if (!event || !commenter || !maySee(commenter, event)) return err({ type: 'comment-not-found' });
    const author = commenter.identities.find((p) => p.id === comment.actorId);
    if (!author) return err({ type: 'not-allowed' });
    if (author.isSuspended) return err({ type: 'identity-suspended' });
    if (comment.isDeleted) return err({ type: 'comment-deleted' });
    if (cmd.isAnnouncement && author.id !== event.organizerActorId) return err({ type: 'announcement-not-allowed' });

    const problems = comment.edit(
      { text: this.sanitizer.sanitize(cmd.text), isAnnouncement: cmd.isAnnouncement ?? undefined, language: cmd.language ?? undefined },
      this.clock.now(),
    );
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });
    await this.comments.save(comment);
    return ok(comment);
  }
}
