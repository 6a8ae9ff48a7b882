import type { MediaRepository } from '../ports/media.repository.js';
import type { MediaStorage } from '../ports/media-storage.js';

const BATCH = 100;

/** Job handler of `user.deleted`: the account's pictures go, rows and files. Safe to rerun. */
export class PurgeUserMedia {
  constructor(
    private readonly media: MediaRepository,
    private readonly storage: MediaStorage,
  ) {}

  async execute(cmd: { userId: string }): Promise<number> {
    let purged = 0;
    for (;;) {
      const batch = await this.media.findByOwner(cmd.userId, BATCH);
      for (const media of batch) {
        await this.media.delete(media);
        await this.storage.delete(media.fileKey);
      }
      purged += batch.length;
      if (batch.length < BATCH) return purged;
    }
  }
}
