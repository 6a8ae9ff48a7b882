export type MediaKind = 'media' | 'avatar' | 'banner';
export const MEDIA_KINDS: readonly MediaKind[] = ['media', 'avatar', 'banner'];

/** The only image types accepted, with the file extension each is stored under. */
export const IMAGE_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
} as const;
export type ImageContentType = keyof typeof IMAGE_TYPES;

export const MEDIA_LIMITS = { name: 255, alt: 1000 };

/** Stored files are named `<uuid>.<ext>`: nothing the client sent ends up in a path. */
const FILE_KEY = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(jpg|png|webp|gif|avif)$/;

export function fileKeyFor(uuid: string, contentType: ImageContentType): string {
  return `${uuid}.${IMAGE_TYPES[contentType]}`;
}

/** The content type a well-formed file key was stored with; null for any other name. */
export function contentTypeOfFileKey(key: string): ImageContentType | null {
  const match = FILE_KEY.exec(key);
  if (!match) return null;
  const ext = match[2];
  const found = (Object.keys(IMAGE_TYPES) as ImageContentType[]).find((type) => IMAGE_TYPES[type] === ext);
  return found ?? null;
}

export interface MediaState {
  id: string;
  uuid: string;
  ownerUserId: string;
  /** The one identity that may show it: the one it was uploaded as, or the first to use it; null until then. */
  actorId: string | null;
  /** The stored file's key, never what the client called it: an original file name (`IMG_2031.jpg`,
   * `jane-doe-cv.png`) would be shown to anyone who sees the picture. */
  name: string;
  alt: string;
  contentType: ImageContentType;
  size: number;
  width: number;
  height: number;
  /** Storage key: `<uuid>.<ext>`. */
  fileKey: string;
  kind: MediaKind;
  createdAt: Date;
}

/** An uploaded image. Immutable once stored: a new picture is a new media. */
export class Media {
  private constructor(private readonly state: MediaState) {}

  static create(input: Omit<MediaState, 'fileKey' | 'name' | 'createdAt'>, now: Date): Media {
    const fileKey = fileKeyFor(input.uuid, input.contentType);
    return new Media({ ...input, fileKey, name: fileKey, createdAt: now });
  }

  static restore(state: MediaState): Media {
    return new Media({ ...state });
  }

  get id(): string {
    return this.state.id;
  }
  get uuid(): string {
    return this.state.uuid;
  }
  get ownerUserId(): string {
    return this.state.ownerUserId;
  }
  get actorId(): string | null {
    return this.state.actorId;
  }
  get fileKey(): string {
    return this.state.fileKey;
  }
  get kind(): MediaKind {
    return this.state.kind;
  }
  get size(): number {
    return this.state.size;
  }

  snapshot(): Readonly<MediaState> {
    return { ...this.state };
  }

  isOwnedBy(userId: string): boolean {
    return this.state.ownerUserId === userId;
  }

  /** A media never shows under two identities (it would link them): free, or already this one's. */
  isUsableBy(actorId: string): boolean {
    return this.state.actorId === null || this.state.actorId === actorId;
  }
}
