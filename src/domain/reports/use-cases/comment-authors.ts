import type { CommentRepository } from '../../comments/index.js';
import { ReportedComments } from '../ports/reported-comments.js';

/** Authors of comments, from the comments module. */
export class CommentAuthors extends ReportedComments {
  constructor(private readonly comments: CommentRepository) {
    super();
  }

  async authorsOf(commentIds: string[]): Promise<Map<string, string>> {
    return new Map((await this.comments.findByIds(commentIds)).map((c) => [c.id, c.actorId]));
  }
}
