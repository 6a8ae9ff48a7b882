/** Lets identity use cases check that an avatar or banner belongs to the caller's account. */
export abstract class MediaOwnership {
  abstract isOwnedBy(mediaId: string, userId: string): Promise<boolean>;
}
