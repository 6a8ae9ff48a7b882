import type { Comment } from '../comment.js';

export abstract class CommentRepository {
  abstract nextId(): Promise<string>;
  abstract findById(id: string): Promise<Comment | null>;
  /** Several at once, in any order; unknown ids are left out (reports load their comments so). */
  abstract findByIds(ids: string[]): Promise<Comment[]>;
  abstract findByUuid(uuid: string): Promise<Comment | null>;
  /** Saves the comment and its pending domain events (outbox), atomically. */
  abstract save(comment: Comment): Promise<void>;
  /** The first comments of the event's threads: announcements first, then the newest first. */
  abstract threadsOf(eventId: string): Promise<Comment[]>;
  /** Every comment of each thread (by origin id), oldest first. */
  abstract repliesOf(originIds: string[]): Promise<Map<string, Comment[]>>;
  /** How many not deleted comments each thread has besides its origin. */
  abstract countReplies(originIds: string[]): Promise<Map<string, number>>;
}
