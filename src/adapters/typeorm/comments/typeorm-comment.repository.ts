import type { DataSource } from 'typeorm';
import { Comment, CommentRepository } from '../../../domain/comments/index.js';
import { insertWithId, isId, nextId } from '../ids.js';
import { appendToOutbox } from '../outbox/index.js';
import { CommentRecord } from './comment.record.js';

/** The schema's `comments` field is not paginated: an event shows at most this many threads. */
const MAX_THREADS = 500;

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** What a save may change: a comment keeps its place in its thread. */
const UPDATED = ['text', 'is_announcement', 'visibility', 'language', 'deleted_at', 'updated_at'];

function toComment(r: CommentRecord): Comment {
  return Comment.restore({
    id: r.id,
    uuid: r.uuid,
    url: r.url,
    eventId: r.eventId,
    actorId: r.actorId,
    text: r.text,
    inReplyToId: r.inReplyToId,
    originId: r.originId,
    isAnnouncement: r.isAnnouncement,
    visibility: r.visibility,
    language: r.language,
    deletedAt: r.deletedAt,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  });
}

export class TypeOrmCommentRepository extends CommentRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get comments() {
    return this.dataSource.getRepository(CommentRecord);
  }

  async nextId(): Promise<string> {
    return nextId(this.dataSource.manager, CommentRecord);
  }

  async findById(id: string): Promise<Comment | null> {
    if (!isId(id)) return null;
    const record = await this.comments.findOneBy({ id });
    return record ? toComment(record) : null;
  }

  async findByIds(ids: string[]): Promise<Comment[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const records = await this.comments.createQueryBuilder('c').where('c.id = ANY(:ids::bigint[])', { ids: valid }).getMany();
    return records.map(toComment);
  }

  async findByUuid(uuid: string): Promise<Comment | null> {
    if (!isUuid(uuid)) return null;
    const record = await this.comments.findOneBy({ uuid });
    return record ? toComment(record) : null;
  }

  async save(comment: Comment): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await insertWithId(manager, CommentRecord, comment.snapshot()).orUpdate(UPDATED, ['id']).execute();
      await appendToOutbox(manager, comment.pullEvents());
    });
  }

  async threadsOf(eventId: string): Promise<Comment[]> {
    if (!isId(eventId)) return [];
    const records = await this.comments
      .createQueryBuilder('c')
      .where('c.eventId = :eventId AND c.originId IS NULL', { eventId })
      .orderBy('c.isAnnouncement', 'DESC')
      .addOrderBy('c.publishedAt', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(MAX_THREADS)
      .getMany();
    return records.map(toComment);
  }

  async repliesOf(originIds: string[]): Promise<Map<string, Comment[]>> {
    const valid = originIds.filter(isId);
    const result = new Map<string, Comment[]>(valid.map((id) => [id, []]));
    if (valid.length === 0) return result;
    const records = await this.comments
      .createQueryBuilder('c')
      .where('c.originId = ANY(:ids::bigint[])', { ids: valid })
      .orderBy('c.publishedAt')
      .addOrderBy('c.id')
      .getMany();
    for (const record of records) result.get(record.originId!)!.push(toComment(record));
    return result;
  }

  async countReplies(originIds: string[]): Promise<Map<string, number>> {
    const valid = originIds.filter(isId);
    const result = new Map<string, number>(valid.map((id) => [id, 0]));
    if (valid.length === 0) return result;
    const rows = await this.comments
      .createQueryBuilder('c')
      .select(['c.originId AS origin_id', 'count(*)::int AS n'])
      .where('c.originId = ANY(:ids::bigint[]) AND c.deletedAt IS NULL', { ids: valid })
      .groupBy('c.originId')
      .getRawMany<{ origin_id: string; n: number }>();
    for (const row of rows) result.set(row.origin_id, row.n);
    return result;
  }
}
