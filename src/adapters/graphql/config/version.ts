import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Walks up from this file to Convene's package.json: the layout differs between src/ (tsx, jest)
// and dist/src/ (build), so no fixed relative path works for both.
function readPackageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'convene' && pkg.version) return pkg.version;
    } catch {
      // no package.json here: keep climbing
    }
    const parent = path.dirname(dir);
    if (parent === dir) return '0.0.0';
    dir = parent;
  }
}

/** Convene's version, read once at load. */
export const CONVENE_VERSION = readPackageVersion();
