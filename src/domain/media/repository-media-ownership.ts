import { MediaOwnership, type MediaClaim } from '../identities/index.js';
import type { MediaRepository } from './ports/media.repository.js';

/** Answers the identities and events modules (may this identity show this media?) from the media store. */
export class RepositoryMediaOwnership extends MediaOwnership {
  constructor(private readonly media: MediaRepository) {
    super();
  }

  async claim(mediaId: string, userId: string, actorId: string): Promise<MediaClaim> {
    const media = await this.media.findById(mediaId);
    if (!media || !media.isOwnedBy(userId)) return 'media-not-found';
    if (!media.isUsableBy(actorId)) return 'used-by-another-identity';
    if (media.actorId === actorId) return 'claimed';
    // Two identities claiming at once: the store lets the first one win.
    return (await this.media.claim(mediaId, actorId)) ? 'claimed' : 'used-by-another-identity';
  }
}
