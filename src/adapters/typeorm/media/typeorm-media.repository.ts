import type { DataSource } from 'typeorm';
import { Media, MediaRepository, type ImageContentType, type MediaKind } from '../../../domain/media/index.js';

interface MediaRow {
  id: string;
  uuid: string;
  user_id: string;
  actor_id: string | null;
  kind: MediaKind;
  name: string;
  alt: string;
  content_type: ImageContentType;
  size: number;
  width: number;
  height: number;
  file_key: string;
  created_at: Date;
}

const COLUMNS = `id::text, uuid::text, user_id::text, actor_id::text, kind, name, alt, content_type, size, width, height, file_key, created_at`;
const isId = (id: string): boolean => /^\d{1,18}$/.test(id);

export function toMedia(row: MediaRow): Media {
  return Media.restore({
    id: row.id,
    uuid: row.uuid,
    ownerUserId: row.user_id,
    actorId: row.actor_id,
    kind: row.kind,
    name: row.name,
    alt: row.alt,
    contentType: row.content_type,
    size: row.size,
    width: row.width,
    height: row.height,
    fileKey: row.file_key,
    createdAt: row.created_at,
  });
}

/** Its `isOwnedBy` also answers the identities module: bind `MediaOwnership` to `RepositoryMediaOwnership` (domain/media) over it. */
export class TypeOrmMediaRepository extends MediaRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async nextId(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT nextval('media_id_seq')::text AS id`);
    return row.id;
  }

  async save(media: Media): Promise<void> {
    const s = media.snapshot();
    // A media is immutable but for its descriptive fields.
    await this.dataSource.query(
      `INSERT INTO media (id, uuid, user_id, actor_id, kind, name, alt, content_type, size, width, height, file_key, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, alt = EXCLUDED.alt`,
      [s.id, s.uuid, s.ownerUserId, s.actorId, s.kind, s.name, s.alt, s.contentType, s.size, s.width, s.height, s.fileKey, s.createdAt],
    );
  }

  async findById(id: string): Promise<Media | null> {
    if (!isId(id)) return null;
    const rows: MediaRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM media WHERE id = $1`, [id]);
    return rows[0] ? toMedia(rows[0]) : null;
  }

  /** Batch load for list fields (no N+1). */
  async findByIds(ids: string[]): Promise<Media[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const rows: MediaRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM media WHERE id = ANY($1::bigint[])`, [valid]);
    return rows.map(toMedia);
  }

  async findByOwner(userId: string, limit: number): Promise<Media[]> {
    if (!isId(userId)) return [];
    const rows: MediaRow[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM media WHERE user_id = $1 ORDER BY id LIMIT $2`, [
      userId,
      limit,
    ]);
    return rows.map(toMedia);
  }

  async delete(media: Media): Promise<void> {
    await this.dataSource.query(`DELETE FROM media WHERE id = $1`, [media.id]);
  }

  async totalSizeByUser(userId: string): Promise<number> {
    if (!isId(userId)) return 0;
    const [row] = await this.dataSource.query(`SELECT COALESCE(SUM(size), 0)::bigint::text AS total FROM media WHERE user_id = $1`, [
      userId,
    ]);
    return Number(row.total);
  }

  async isOwnedBy(mediaId: string, userId: string): Promise<boolean> {
    if (!isId(mediaId) || !isId(userId)) return false;
    const [row] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM media WHERE id = $1 AND user_id = $2) AS owned`, [
      mediaId,
      userId,
    ]);
    return row.owned;
  }
}
