import { Comment, CommentRepository, type CommentDomainEvent } from '../../src/domain/comments/index.js';
import type { RecordedEvent } from '../../src/domain/shared/index.js';

/** Comments kept in a Map, copied in and out as the database would; `outbox` collects saved events. */
export class InMemoryCommentRepository extends CommentRepository {
  readonly rows = new Map<string, Comment>();
  readonly outbox: RecordedEvent<CommentDomainEvent>[] = [];
  private seq = 500;

  async nextId(): Promise<string> {
    return String(++this.seq);
  }
  async findById(id: string): Promise<Comment | null> {
    const found = this.rows.get(id);
    return found ? Comment.restore(found.snapshot()) : null;
  }
  async findByIds(ids: string[]): Promise<Comment[]> {
    return ids
      .map((id) => this.rows.get(id))
      .filter((c): c is Comment => c !== undefined)
      .map((c) => Comment.restore(c.snapshot()));
  }
  async findByUuid(uuid: string): Promise<Comment | null> {
    const found = [...this.rows.values()].find((c) => c.snapshot().uuid === uuid);
    return found ? Comment.restore(found.snapshot()) : null;
  }
  async save(comment: Comment): Promise<void> {
    this.rows.set(comment.id, Comment.restore(comment.snapshot()));
    this.outbox.push(...comment.pullEvents());
  }
  async threadsOf(eventId: string): Promise<Comment[]> {
    return [...this.rows.values()]
      .filter((c) => c.eventId === eventId && c.originId === null)
      .sort(
        (a, b) =>
          Number(b.isAnnouncement) - Number(a.isAnnouncement) ||
          b.snapshot().publishedAt.getTime() - a.snapshot().publishedAt.getTime() ||
          Number(b.id) - Number(a.id),
      )
      .map((c) => Comment.restore(c.snapshot()));
  }
  async repliesOf(originIds: string[]): Promise<Map<string, Comment[]>> {
    const all = [...this.rows.values()].sort(
      (a, b) => a.snapshot().publishedAt.getTime() - b.snapshot().publishedAt.getTime() || Number(a.id) - Number(b.id),
    );
    return new Map(originIds.map((id) => [id, all.filter((c) => c.originId === id).map((c) => Comment.restore(c.snapshot()))]));
  }
  async countReplies(originIds: string[]): Promise<Map<string, number>> {
    return new Map(originIds.map((id) => [id, [...this.rows.values()].filter((c) => c.originId === id && !c.isDeleted).length]));
  }
}
