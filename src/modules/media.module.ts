import { Module } from '@nestjs/common';
import path from 'node:path';
import { MediaResolver } from '../adapters/graphql/media/media.resolver.js';
import { MediaHttpModule } from './media-http.module.js';
import { LocalMediaStorage } from '../adapters/media/local-media-storage.js';
import { SharpImageProcessor } from '../adapters/media/sharp-image-processor.js';
import { PersonRepository } from '../domain/identities/index.js';
import {
  ImageProcessor,
  MediaRepository,
  MediaStorage,
  PurgeUserMedia,
  RemoveMedia,
  UploadLimits,
  UploadMedia,
} from '../domain/media/index.js';
import { Clock, RateLimiter } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

export const uploadsDir = (config: AppConfig): string => path.join(config.dataDir, 'uploads');

@Module({
  imports: [MediaHttpModule.registerAsync({ useFactory: (c: AppConfig) => uploadsDir(c), inject: [APP_CONFIG] })],
  providers: [
    {
      provide: MediaStorage,
      useFactory: (c: AppConfig) => new LocalMediaStorage({ dir: uploadsDir(c), baseUrl: c.baseUrl }),
      inject: [APP_CONFIG],
    },
    { provide: ImageProcessor, useFactory: () => new SharpImageProcessor() },
    { provide: UploadLimits, useFactory: (c: AppConfig) => new UploadLimits(c.uploads), inject: [APP_CONFIG] },
    useCase(UploadMedia, [MediaRepository, MediaStorage, ImageProcessor, PersonRepository, UploadLimits, RateLimiter, Clock]),
    useCase(PurgeUserMedia, [MediaRepository, MediaStorage]),
    useCase(RemoveMedia, [MediaRepository, MediaStorage]),
    MediaResolver,
  ],
  exports: [UploadMedia, PurgeUserMedia, MediaStorage, UploadLimits],
})
export class MediaModule {}
