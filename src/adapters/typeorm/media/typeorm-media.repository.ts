import type { DataSource } from 'typeorm';
import { Media, MediaRepository } from '../../../domain/media/index.js';
import { insertWithId, isId, nextId } from '../ids.js';
import { MediaRecord } from './media.record.js';

export function toMedia(r: MediaRecord): Media {
  return Media.restore({
    id: r.id,
    uuid: r.uuid,
    ownerUserId: r.userId,
    actorId: r.actorId,
    kind: r.kind,
    name: r.name,
    alt: r.alt,
    contentType: r.contentType,
    size: r.size,
    width: r.width,
    height: r.height,
    fileKey: r.fileKey,
    createdAt: r.createdAt,
  });
}

/** Its `claim` also answers the identities module: bind `MediaOwnership` to `RepositoryMediaOwnership` (domain/media) over it. */
export class TypeOrmMediaRepository extends MediaRepository {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get media() {
    return this.dataSource.getRepository(MediaRecord);
  }

  async nextId(): Promise<string> {
    return nextId(this.dataSource.manager, MediaRecord);
  }

  async save(media: Media): Promise<void> {
    const s = media.snapshot();
    // A media is immutable but for its descriptive fields.
    await insertWithId(this.dataSource.manager, MediaRecord, { ...s, userId: s.ownerUserId })
      .orUpdate(['name', 'alt'], ['id'])
      .execute();
  }

  async findById(id: string): Promise<Media | null> {
    if (!isId(id)) return null;
    const record = await this.media.findOneBy({ id });
    return record ? toMedia(record) : null;
  }

  /** Batch load for list fields (no N+1). */
  async findByIds(ids: string[]): Promise<Media[]> {
    const valid = ids.filter(isId);
    if (valid.length === 0) return [];
    const records = await this.media.createQueryBuilder('m').where('m.id = ANY(:ids::bigint[])', { ids: valid }).getMany();
    return records.map(toMedia);
  }

  async findByOwner(userId: string, limit: number): Promise<Media[]> {
    if (!isId(userId)) return [];
    const records = await this.media.createQueryBuilder('m').where('m.userId = :userId', { userId }).orderBy('m.id').limit(limit).getMany();
    return records.map(toMedia);
  }

  async delete(media: Media): Promise<void> {
    await this.media.delete({ id: media.id });
  }

  async totalSizeByUser(userId: string): Promise<number> {
    if (!isId(userId)) return 0;
    const total = await this.media.sum('size', { userId });
    return Number(total ?? 0);
  }

  async claim(mediaId: string, actorId: string): Promise<boolean> {
    if (!isId(mediaId) || !isId(actorId)) return false;
    // One conditional update: of two identities claiming at once, only the first matches.
    const result = await this.media
      .createQueryBuilder()
      .update()
      .set({ actorId })
      .where('id = :mediaId AND (actor_id IS NULL OR actor_id = :actorId)', { mediaId, actorId })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
