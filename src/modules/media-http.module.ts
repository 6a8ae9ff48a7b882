import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { MediaFilesController, MediaFilesLocation } from '../adapters/http/media/media-files.controller.js';

/**
 * Serves uploads at `GET /media/<uuid>.<ext>`. Import `MediaHttpModule.register({ dir })` with
 * the uploads folder, or `registerAsync` to take it from configuration.
 */
@Module({})
export class MediaHttpModule {
  static register(options: { dir: string }): DynamicModule {
    return {
      module: MediaHttpModule,
      controllers: [MediaFilesController],
      providers: [{ provide: MediaFilesLocation, useValue: new MediaFilesLocation(options.dir) }],
    };
  }

  static registerAsync(options: {
    useFactory: (...deps: never[]) => string | Promise<string>;
    inject?: unknown[];
    imports?: ModuleMetadata['imports'];
  }): DynamicModule {
    return {
      module: MediaHttpModule,
      imports: options.imports ?? [],
      controllers: [MediaFilesController],
      providers: [
        {
          provide: MediaFilesLocation,
          useFactory: async (...deps: never[]) => new MediaFilesLocation(await options.useFactory(...deps)),
          inject: (options.inject ?? []) as never[],
        },
      ],
    };
  }
}
