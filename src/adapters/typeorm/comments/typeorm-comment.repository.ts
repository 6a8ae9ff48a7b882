import type { DataSource } from 'typeorm';
import { Comment, CommentRepository, type CommentState } from '../../../domain/comments/index.js';
import { appendToOutbox } from '../outbox/index.js';

interface CommentRow {
  id: string;
  uuid: string;
  url: string;
  event_id: string;
  actor_id: string;
  text: string;
  in_reply_to_id: string | null;
  origin_id: string | null;
  is_announcement: boolean;
  visibility: CommentState['visibility'];
  language: string;
  deleted_at: Date | null;
  published_at: Date;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `c.id::text, c.uuid::text, c.url, c.event_id::text, c.actor_id::text, c.text, c.in_reply_to_id::text,
  c.origin_id::text, c.is_announcement, c.visibility, c.language, c.deleted_at, c.published_at, c.created_at, c.updated_at`;

/** The schema's `comments` field is not paginated: an event shows at most this many threads. */
const MAX_THREADS = 500;

const isId = (id: string) => /^\d{1,18}$/.test(id);
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

function toComment(r: CommentRow): Comment {
  return Comment.restore({
    id: r.id,
    uuid: r.uuid,
    url: r.url,
    eventId: r.event_id,
    actorId: r.actor_id,
    text: r.text,
    inReplyToId: r.in_reply_to_id,
    originId: r.origin_id,
    isAnnouncement: r.is_announcement,
    visibility: r.visibility,
    language: r.language,
    deletedAt: r.deleted_at,
    publishedAt: r.published_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
}

export class TypeOrmCommentRepository extends CommentRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('comments_id_seq')::text AS id`);
    return row.id;
  }

  async findById(id: string): Promise<Comment | null> {
    if (!isId(id)) return null;
    const rows: CommentRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = $1`, [id]);
    return rows[0] ? toComment(rows[0]) : null;
  }

  async findByIds(ids: string[]): Promise<Comment[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const rows: CommentRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM comments c WHERE c.id = ANY($1::bigint[])`, [valid]);
    return rows.map(toComment);
  }

  async findByUuid(uuid: string): Promise<Comment | null> {
    if (!isUuid(uuid)) return null;
    const rows: CommentRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM comments c WHERE c.uuid = $1`, [uuid]);
    return rows[0] ? toComment(rows[0]) : null;
  }

  async save(comment: Comment): Promise<void> {
    const s = comment.snapshot();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO comments (id, uuid, url, event_id, actor_id, text, in_reply_to_id, origin_id, is_announcement, visibility, language,
           deleted_at, published_at, created_at, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
         ON CONFLICT (id) DO UPDATE SET text = EXCLUDED.text, is_announcement = EXCLUDED.is_announcement, visibility = EXCLUDED.visibility,
           language = EXCLUDED.language, deleted_at = EXCLUDED.deleted_at, updated_at = EXCLUDED.updated_at`,
        [
          s.id,
          s.uuid,
          s.url,
          s.eventId,
          s.actorId,
          s.text,
          s.inReplyToId,
          s.originId,
          s.isAnnouncement,
          s.visibility,
          s.language,
          s.deletedAt,
          s.publishedAt,
          s.createdAt,
          s.updatedAt,
        ],
      );
      await appendToOutbox(manager, comment.pullEvents());
    });
  }

  async threadsOf(eventId: string): Promise<Comment[]> {
    if (!isId(eventId)) return [];
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM comments c WHERE c.event_id = $1 AND c.origin_id IS NULL
        ORDER BY c.is_announcement DESC, c.published_at DESC, c.id DESC LIMIT ${MAX_THREADS}`,
      [eventId],
    );
    return rows.map(toComment);
  }

  async repliesOf(originIds: string[]): Promise<Map<string, Comment[]>> {
    const valid = originIds.filter(isId);
    const result = new Map<string, Comment[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return result;
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM comments c WHERE c.origin_id = ANY($1::bigint[]) ORDER BY c.published_at, c.id`,
      [valid],
    );
    for (const row of rows) result.get(row.origin_id!)!.push(toComment(row));
    return result;
  }

  async countReplies(originIds: string[]): Promise<Map<string, number>> {
    const valid = originIds.filter(isId);
    const result = new Map<string, number>(valid.map((id) => [id, 0]));
    if (valid.length === 0) return result;
    const rows: { origin_id: string; n: number }[] = await this.dataSource.query(
      `SELECT c.origin_id::text, count(*)::int AS n FROM comments c
        WHERE c.origin_id = ANY($1::bigint[]) AND c.deleted_at IS NULL GROUP BY c.origin_id`,
      [valid],
    );
    for (const row of rows) result.set(row.origin_id, row.n);
    return result;
  }
}
