import type { MediaKind } from './media.js';

const MiB = 1024 * 1024;

/** Largest accepted upload per kind, in bytes (configurable: `config.uploads`). */
export class UploadLimits {
  readonly mediaBytes: number;
  readonly avatarBytes: number;
  readonly bannerBytes: number;

  constructor(limits: { mediaBytes?: number; avatarBytes?: number; bannerBytes?: number } = {}) {
    this.mediaBytes = limits.mediaBytes ?? 10 * MiB;
    this.avatarBytes = limits.avatarBytes ?? 2 * MiB;
    this.bannerBytes = limits.bannerBytes ?? 4 * MiB;
  }

  forKind(kind: MediaKind): number {
    switch (kind) {
      case 'media':
        return this.mediaBytes;
      case 'avatar':
        return this.avatarBytes;
      case 'banner':
        return this.bannerBytes;
    }
  }

  /** The largest of the three: what a transport may accept before the use case decides. */
  get largest(): number {
    return Math.max(this.mediaBytes, this.avatarBytes, this.bannerBytes);
  }
}
