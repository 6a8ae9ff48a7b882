import { open } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { contentTypeOfFileKey } from '../../../domain/media/index.js';

/** The folder uploads are stored in (`$DATA_DIR/uploads`), the same one `LocalMediaStorage` writes. */
export class MediaFilesLocation {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }
}

// Each file name is a fresh uuid: its content never changes, caches may keep it for good.
const CACHE_CONTROL = 'public, max-age=31536000, immutable';

@Controller('media')
export class MediaFilesController {
  constructor(@Inject(MediaFilesLocation) private readonly location: MediaFilesLocation) {}

  @Get(':file')
  async serve(@Param('file') file: string, @Req() req: IncomingMessage, @Res() res: ServerResponse): Promise<void> {
    // Only `<uuid>.<ext>` names are looked up: no dots, slashes or encoded tricks reach the disk.
    const contentType = contentTypeOfFileKey(file);
    const filePath = contentType ? path.join(this.location.dir, file) : null;
    // Opened before anything is answered: a file removed meanwhile is either a clean 404 or,
    // once open, still read to the end (an unlinked file lives on while it is open).
    const handle = filePath ? await open(filePath, 'r').catch(() => null) : null;
    const stats = handle ? await handle.stat().catch(() => null) : null;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (!handle || !contentType || !stats?.isFile()) {
      await handle?.close();
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    const etag = `"${file}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', CACHE_CONTROL);
    res.setHeader('Last-Modified', stats.mtime.toUTCString());
    // Images are embedded by other sites and fetched by other instances.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.headers['if-none-match'] === etag) {
      await handle.close();
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', stats.size);
    if (req.method === 'HEAD') {
      await handle.close();
      res.end();
      return;
    }
    // The stream closes the handle when done (autoClose).
    await pipeline(handle.createReadStream(), res).catch(() => res.destroy());
  }
}
