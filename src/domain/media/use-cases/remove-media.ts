import { err, ok, type Result } from '../../shared/index.js';
import type { MediaError } from '../media.errors.js';
import type { MediaRepository } from '../ports/media.repository.js';
import type { MediaStorage } from '../ports/media-storage.js';

export class RemoveMedia {
  constructor(
    private readonly media: MediaRepository,
    private readonly storage: MediaStorage,
  ) {}

  async execute(cmd: { userId: string; mediaId: string }): Promise<Result<{ id: string }, MediaError>> {
    const media = await this.media.findById(cmd.mediaId);
    // Someone else's media answers like a missing one: ids cannot be probed.
    if (!media || !media.isOwnedBy(cmd.userId)) return err({ type: 'media-not-found' });
    // Row first: should the file deletion fail, an orphan file is harmless, a dangling row is not.
    await this.media.delete(media);
    await this.storage.delete(media.fileKey);
    return ok({ id: media.id });
  }
}
