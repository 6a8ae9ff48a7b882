import type { ImageContentType } from '../media.js';

export interface SanitizedImage {
  /** Decided from the bytes, never from the client's file name or declared type. */
  contentType: ImageContentType;
  /** Re-encoded with every piece of metadata (EXIF, GPS, XMP, IPTC, ICC, comments) removed. */
  bytes: Uint8Array;
  width: number;
  height: number;
}

export abstract class ImageProcessor {
  /** null when the bytes are not a well-formed image of an accepted type. */
  abstract sanitize(bytes: Uint8Array): Promise<SanitizedImage | null>;
}
