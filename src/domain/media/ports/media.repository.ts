import type { Media } from '../media.js';

export abstract class MediaRepository {
  abstract nextId(): Promise<string>;
  abstract save(media: Media): Promise<void>;
  abstract findById(id: string): Promise<Media | null>;
  /** Several at once, in any order. */
  abstract findByIds(ids: string[]): Promise<Media[]>;
  abstract delete(media: Media): Promise<void>;
  /** Bytes stored by the user's account, all identities together. */
  abstract totalSizeByUser(userId: string): Promise<number>;
  /** Ties a free media to an identity; false when another identity holds it (first one wins). */
  abstract claim(mediaId: string, actorId: string): Promise<boolean>;
  /** At most `limit` media of an account, oldest first. */
  abstract findByOwner(userId: string, limit: number): Promise<Media[]>;
}
