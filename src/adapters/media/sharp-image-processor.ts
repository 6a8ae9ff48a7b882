import sharp from 'sharp';
import { ImageProcessor, type ImageContentType, type SanitizedImage } from '../../domain/media/index.js';

/** Decoding budget: a small file can declare a huge canvas (a "decompression bomb"). */
const DEFAULT_MAX_PIXELS = 40_000_000;

/** The type announced by the first bytes; anything else never reaches a decoder. */
export function sniffImageType(bytes: Uint8Array): ImageContentType | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 6 && ['GIF87a', 'GIF89a'].includes(b.toString('latin1', 0, 6))) return 'image/gif';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (b.length >= 16 && b.toString('latin1', 4, 8) === 'ftyp') {
    // ISO-BMFF: major brand at 8, compatible brands from 16 to the end of the ftyp box.
    const boxEnd = Math.min(b.readUInt32BE(0), b.length);
    const brands = [b.toString('latin1', 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(b.toString('latin1', at, at + 4));
    if (brands.includes('avif') || brands.includes('avis')) return 'image/avif';
  }
  return null;
}

const SHARP_FORMAT: Record<ImageContentType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'heif',
};

/**
 * Checks uploads by content and re-encodes them, which is what removes metadata: sharp writes
 * none (EXIF, GPS, XMP, IPTC, ICC, comments) unless asked with `withMetadata`/`keep*`, and pixels
 * are converted to sRGB so dropping the ICC profile does not shift colours.
 *
 * Animated GIF and WebP stay animated: all frames are decoded and re-encoded (`animated: true`),
 * so comment and XMP blocks are dropped like for still images, and the pixel budget counts every
 * frame (sharp applies `limitInputPixels` to the whole frame strip).
 */
export class SharpImageProcessor extends ImageProcessor {
  constructor(private readonly options: { maxPixels?: number } = {}) {
    super();
  }

  async sanitize(bytes: Uint8Array): Promise<SanitizedImage | null> {
    const contentType = sniffImageType(bytes);
    if (!contentType) return null;
    const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const animatable = contentType === 'image/gif' || contentType === 'image/webp';
    const open = () =>
      sharp(input, {
        animated: animatable,
        limitInputPixels: this.options.maxPixels ?? DEFAULT_MAX_PIXELS,
        // The default and the advice for untrusted input: truncated or corrupt data is refused.
        failOn: 'warning',
      });
    try {
      const meta = await open().metadata();
      // The magic bytes and the decoder must agree (an HEIC file carries an ftyp box too).
      if (meta.format !== SHARP_FORMAT[contentType]) return null;
      if (contentType === 'image/avif' && meta.compression !== 'av1') return null;
      // rotate() without angle applies the EXIF orientation before the tag is dropped.
      const pipeline = open().rotate();
      const encoded =
        contentType === 'image/jpeg'
          ? pipeline.jpeg({ quality: 90 })
          : contentType === 'image/png'
            ? pipeline.png()
            : contentType === 'image/webp'
              ? pipeline.webp({ quality: 90 })
              : contentType === 'image/gif'
                ? pipeline.gif()
                : pipeline.avif();
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      // For animations info.height is the whole strip; report one frame.
      const height = info.pageHeight ?? (meta.pages && meta.pages > 1 ? Math.round(info.height / meta.pages) : info.height);
      return { contentType, bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height };
    } catch {
      // Corrupt, truncated, over the pixel budget or not decodable: not an image we accept.
      return null;
    }
  }
}
