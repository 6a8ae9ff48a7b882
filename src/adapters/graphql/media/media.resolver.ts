import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Media, MediaRepository, MediaStorage, RemoveMedia, UploadMedia, type MediaKind } from '../../../domain/media/index.js';
import { DeletedObjectObject } from '../accounts/user.graphql.js';
import { MediaObject } from '../shared/common-types.js';
import type { MediaInput } from '../identities/person.graphql.js';
import { ApiError, validation } from '../shared/api-error.js';
import { isModerator, requireViewer, type GqlContext } from '../shared/context.js';
import type { UploadedFile } from '../shared/multipart-upload.js';
import { UploadScalar } from '../shared/upload.scalar.js';
import { mediaError } from './media.graphql-errors.js';

export function toMediaObject(media: Media, storage: MediaStorage): MediaObject {
  const s = media.snapshot();
  return Object.assign(new MediaObject(), {
    id: s.id,
    alt: s.alt,
    name: s.name,
    url: storage.publicUrl(s.fileKey),
    contentType: s.contentType,
    size: s.size,
    metadata: { width: s.width, height: s.height, blurhash: null },
  });
}

@Resolver(() => MediaObject)
export class MediaResolver {
  constructor(
    @Inject(UploadMedia) private readonly upload: UploadMedia,
    @Inject(RemoveMedia) private readonly remove: RemoveMedia,
    @Inject(MediaRepository) private readonly media: MediaRepository,
    @Inject(MediaStorage) private readonly storage: MediaStorage,
  ) {}

  @Mutation(() => MediaObject, { name: 'uploadMedia', nullable: true })
  async uploadMedia(
    @Context() ctx: GqlContext,
    @Args('name', { type: () => String }) name: string,
    @Args('alt', { type: () => String, nullable: true }) alt: string | null,
    @Args('file', { type: () => UploadScalar }) file: UploadedFile,
    @Args('actorId', { type: () => ID, nullable: true }) actorId: string | null,
  ): Promise<MediaObject> {
    const viewer = requireViewer(ctx);
    const result = await this.upload.execute({
      userId: viewer.userId,
      actorId,
      kind: 'media',
      name,
      alt,
      bytes: file.bytes,
      declaredContentType: file.mimetype,
    });
    if (!result.ok) throw mediaError(result.error);
    return toMediaObject(result.value.media, this.storage);
  }

  @Mutation(() => DeletedObjectObject, { name: 'removeMedia', nullable: true })
  async removeMedia(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<DeletedObjectObject> {
    const viewer = requireViewer(ctx);
    const result = await this.remove.execute({ userId: viewer.userId, mediaId: id });
    if (!result.ok) throw mediaError(result.error);
    return { id };
  }

  @Query(() => MediaObject, { name: 'media', nullable: true })
  async mediaById(@Context() ctx: GqlContext, @Args('id', { type: () => ID }) id: string): Promise<MediaObject> {
    const viewer = requireViewer(ctx);
    const media = await this.media.findById(id);
    // Media of other accounts are not listed by id: their URLs are what is public.
    if (!media || (media.ownerUserId !== viewer.userId && !isModerator(viewer))) throw ApiError.notFound('Media not found');
    return toMediaObject(media, this.storage);
  }
}

/** Turns a `MediaInput` (an upload, or the id of an earlier one) into a media id. */
export async function mediaIdFromInput(
  input: MediaInput | null | undefined,
  field: 'avatar' | 'banner' | 'picture',
  userId: string,
  upload: UploadMedia,
): Promise<string | null | undefined> {
  if (input === undefined) return undefined;
  if (input === null) return null;
  if (input.mediaId) return input.mediaId;
  const file = input.media?.file;
  if (!input.media || !file) throw validation(field, 'Either mediaId or media with a file is required');
  const kind: MediaKind = field === 'picture' ? 'media' : field;
  const result = await upload.execute({
    userId,
    kind,
    name: input.media.name,
    alt: input.media.alt,
    bytes: file.bytes,
    declaredContentType: file.mimetype,
  });
  if (!result.ok) throw mediaError(result.error, field);
  return result.value.media.id;
}
