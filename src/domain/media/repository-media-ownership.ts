import { MediaOwnership } from '../identities/index.js';
import type { MediaRepository } from './ports/media.repository.js';

/** Answers the identities module's question (is this avatar/banner the caller's?) from the media store. */
export class RepositoryMediaOwnership extends MediaOwnership {
  constructor(private readonly media: MediaRepository) {
    super();
  }

  isOwnedBy(mediaId: string, userId: string): Promise<boolean> {
    return this.media.isOwnedBy(mediaId, userId);
  }
}
