import type { UserRepository } from '../../accounts/index.js';
import { maySee, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Result } from '../../shared/index.js';
import { commenterOf } from '../comment-access.js';
import type { CommentError } from '../comment.errors.js';
import type { Comment } from '../comment.js';
import type { CommentRepository } from '../ports/comment.repository.js';

/** Reading comments: whoever may see the event may read what is said under it. */
export class ViewComments {
  constructor(
    private readonly comments: CommentRepository,
    private readonly events: EventRepository,
    private readonly users: UserRepository,
    private readonly persons: PersonRepository,
  ) {}

  /** The threads of an event (their first comments). */
  async ofEvent(cmd: { userId: string | null; eventId: string }): Promise<Result<Comment[], CommentError>> {
    const [event, commenter] = await Promise.all([this.events.findById(cmd.eventId), commenterOf(cmd.userId, this.users, this.persons)]);
    if (!event || !maySee(commenter, event)) return err({ type: 'event-not-found' });
    return ok(await this.comments.threadsOf(event.id));
  }

  /** Every reply of a thread, oldest first; given a reply, the thread it belongs to. */
  async thread(cmd: { userId: string | null; commentId: string }): Promise<Result<Comment[], CommentError>> {
    const comment = await this.comments.findById(cmd.commentId);
    if (!comment) return err({ type: 'comment-not-found' });
    const [event, commenter] = await Promise.all([
      this.events.findById(comment.eventId),
      commenterOf(cmd.userId, this.users, this.persons),
    ]);
    if (!event || !maySee(commenter, event)) return err({ type: 'comment-not-found' });
    const origin = comment.originId ?? comment.id;
    return ok((await this.comments.repliesOf([origin])).get(origin) ?? []);
  }
}
