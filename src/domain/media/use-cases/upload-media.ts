import { randomUUID } from 'node:crypto';
import type { PersonRepository } from '../../identities/index.js';
import { err, ok, type Clock, type RateLimiter, type Result } from '../../shared/index.js';
import type { MediaError } from '../media.errors.js';
import { Media, MEDIA_KINDS, MEDIA_LIMITS, type MediaKind } from '../media.js';
import type { ImageProcessor } from '../ports/image-processor.js';
import type { MediaRepository } from '../ports/media.repository.js';
import type { MediaStorage } from '../ports/media-storage.js';
import type { UploadLimits } from '../upload-limits.js';

export interface UploadMediaCommand {
  userId: string;
  /** The identity uploading; it must belong to the user. */
  actorId?: string | null;
  kind: MediaKind;
  /** Mobilizon's API requires one (the client sends the file's name); checked, then not kept (see MediaState.name). */
  name: string;
  alt?: string | null;
  bytes: Uint8Array;
  /** What the client claimed; informative only, the bytes decide. */
  declaredContentType?: string | null;
}

export interface UploadedMedia {
  media: Media;
  url: string;
}

const UPLOADS_PER_MINUTE = 60;

export class UploadMedia {
  constructor(
    private readonly media: MediaRepository,
    private readonly storage: MediaStorage,
    private readonly images: ImageProcessor,
    private readonly persons: PersonRepository,
    private readonly limits: UploadLimits,
    private readonly limiter: RateLimiter,
    private readonly clock: Clock,
  ) {}

  async execute(cmd: UploadMediaCommand): Promise<Result<UploadedMedia, MediaError>> {
    const name = cmd.name.trim();
    const alt = (cmd.alt ?? '').trim();
    const problems: { field: string; message: string }[] = [];
    if (name.length > MEDIA_LIMITS.name) problems.push({ field: 'name', message: `Name must be at most ${MEDIA_LIMITS.name} characters` });
    if (alt.length > MEDIA_LIMITS.alt) problems.push({ field: 'alt', message: `Alt text must be at most ${MEDIA_LIMITS.alt} characters` });
    if (!MEDIA_KINDS.includes(cmd.kind)) problems.push({ field: 'kind', message: 'Unknown kind of media' });
    if (cmd.bytes.byteLength === 0) problems.push({ field: 'file', message: 'The file is empty' });
    if (problems.length > 0) return err({ type: 'invalid-fields', fields: problems });

    const actorId = cmd.actorId ?? null;
    if (actorId !== null) {
      const person = await this.persons.findById(actorId);
      if (!person || !person.isOwnedBy(cmd.userId)) return err({ type: 'identity-not-found' });
    }

    // api.md: 60 uploads a minute per account, counted before any decoding work is spent.
    if (!(await this.limiter.hit(`upload:user:${cmd.userId}`, UPLOADS_PER_MINUTE, 60))) return err({ type: 'rate-limited' });

    // Checked on the bytes received, before any decoding work is spent on them.
    const limit = this.limits.forKind(cmd.kind);
    if (cmd.bytes.byteLength > limit) return err({ type: 'file-too-large', limit });

    const image = await this.images.sanitize(cmd.bytes);
    if (!image) return err({ type: 'unsupported-media-type' });

    const media = Media.create(
      {
        id: await this.media.nextId(),
        uuid: randomUUID(),
        ownerUserId: cmd.userId,
        actorId,
        alt,
        contentType: image.contentType,
        size: image.bytes.byteLength,
        width: image.width,
        height: image.height,
        kind: cmd.kind,
      },
      this.clock.now(),
    );
    // File first, then the row: a row never points to a missing file.
    await this.storage.put(media.fileKey, image.bytes, image.contentType);
    try {
      await this.media.save(media);
    } catch (error) {
      await this.storage.delete(media.fileKey).catch(() => undefined);
      throw error;
    }
    return ok({ media, url: this.storage.publicUrl(media.fileKey) });
  }
}
