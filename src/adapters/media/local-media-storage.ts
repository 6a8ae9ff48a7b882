import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MediaStorage, contentTypeOfFileKey } from '../../domain/media/index.js';

/** Uploads as files in one folder (`$DATA_DIR/uploads`), served at `<baseUrl>/media/<key>`. */
export class LocalMediaStorage extends MediaStorage {
  private readonly dir: string;
  private readonly baseUrl: string;

  constructor(options: { dir: string; baseUrl: string }) {
    super();
    this.dir = path.resolve(options.dir);
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(this.dir, { recursive: true });
    // Written aside then renamed: a reader never sees a half-written file.
    const temporary = path.join(this.dir, `.${randomUUID()}.part`);
    try {
      await writeFile(temporary, bytes, { flag: 'wx', mode: 0o644 });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  publicUrl(key: string): string {
    return `${this.baseUrl}/media/${key}`;
  }

  /** Only `<uuid>.<ext>` keys map to a path: no traversal whatever the caller passes. */
  pathOf(key: string): string {
    if (!contentTypeOfFileKey(key)) throw new Error(`Invalid media key: ${JSON.stringify(key)}`);
    return path.join(this.dir, key);
  }
}
