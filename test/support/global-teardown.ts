import { rmSync } from 'node:fs';
import path from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const database = globalThis.__embeddedDatabase;
  const dataDir = globalThis.__embeddedDataDir;
  await database?.stop();
  if (!database || !dataDir) return;
  // The run's own folders only: its data dir, and the cluster's fallback folder when outside it.
  rmSync(dataDir, { recursive: true, force: true });
  if (!database.directory.startsWith(`${dataDir}${path.sep}`)) rmSync(path.dirname(database.directory), { recursive: true, force: true });
}
