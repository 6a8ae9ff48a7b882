/** What reports need to know of comments: who wrote them. */
export abstract class ReportedComments {
  /**
   * The author identity of each known comment, by comment id; `null` when comments cannot be
   * checked on this instance yet (the ids are then kept as given).
   */
  abstract authorsOf(commentIds: string[]): Promise<Map<string, string> | null>;
}
