/** What happened when an identity asked to show a media (avatar, banner, event picture). */
export type MediaClaim = 'claimed' | 'media-not-found' | 'used-by-another-identity';

/**
 * A media shows under one identity only: the same id, URL and file under two identities of an
 * account would tell anyone they are one person. The first identity to use a media of its account
 * (or the one it was uploaded as) holds it; another identity must upload its own.
 */
export abstract class MediaOwnership {
  abstract claim(mediaId: string, userId: string, actorId: string): Promise<MediaClaim>;
}

/** The field error for a claim that failed; null when the media is the identity's. */
export function mediaClaimProblem(field: string, claim: MediaClaim): { field: string; message: string } | null {
  switch (claim) {
    case 'claimed':
      return null;
    case 'media-not-found':
      return { field, message: 'Media not found' };
    case 'used-by-another-identity':
      return { field, message: 'This picture is shown by another of your identities: upload it again for this one' };
  }
}
