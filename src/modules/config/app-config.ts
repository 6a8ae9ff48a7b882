// Typed configuration, read from the environment once at boot. A bad value stops the start with
// one line naming the variable (see main.ts).
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Role = 'all' | 'api' | 'worker';

export interface AppConfig {
  role: Role;
  port: number;
  baseUrl: string;
  dataDir: string;
  instanceName: string;
  /** Unset: an embedded PostgreSQL is started by the app. */
  databaseUrl: string | null;
  /** Unset: the job queue and rate limits live in Postgres. */
  redisUrl: string | null;
  /** Unset: emails are written to `$DATA_DIR/mail/` and their links logged. */
  smtpUrl: string | null;
  mailFrom: string;
  jwtSecret: string;
  federationAllowPrivateAddresses: boolean;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  registrationsOpen: boolean;
  /** Whether events may accept participants without an account (each event opts in too). */
  anonymousParticipation: boolean;
  defaultLocale: string;
  uploads: { mediaBytes: number; avatarBytes: number; bannerBytes: number };
  /** `none`: address search and reverse geocoding answer empty lists. */
  geocoder: { provider: GeocoderProvider; url: string | null };
  /** NOTIFY_DEBOUNCE_SECONDS: quick edits within this delay make one "event updated" email. NOTIFY_TICK_SECONDS: 0 stops reminders and digests. */
  notifications: { debounceSeconds: number; tickSeconds: number };
  /** GRAPHQL_MAX_*: what one request may ask for, refused before it runs (ADR 10). */
  graphqlLimits: { maxTokens: number; maxDepth: number; maxAliases: number; maxDirectives: number; maxCost: number; maxBatch: number };
}

export type GeocoderProvider = 'none' | 'nominatim' | 'photon';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Record<string, string | undefined>;

function str(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}..${max}, got ${value}`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = str(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = str(env, name);
  if (raw === undefined) return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `not a valid URL: "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got "${parsed.protocol}"`);
  }
  return raw;
}

function oneOf<T extends string>(name: string, raw: string | undefined, values: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

/** The role may also come from `--role=worker` or `--role worker` on the command line. */
export function roleFromArgv(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--role=')) return argv[i].slice('--role='.length);
    if (argv[i] === '--role') return argv[i + 1];
  }
  return undefined;
}

export function loadConfig(env: Env = process.env, argv: string[] = process.argv.slice(2)): AppConfig {
  const argRole = roleFromArgv(argv);
  const role = oneOf(argRole !== undefined ? '--role' : 'ROLE', argRole ?? str(env, 'ROLE'), ['all', 'api', 'worker'] as const, 'all');
  const port = int(env, 'PORT', 4000, 0, 65535);
  const baseUrl = (url(env, 'BASE_URL', ['http:', 'https:']) ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const dataDir = path.resolve(str(env, 'DATA_DIR') ?? './data');
  const smtpUrl = url(env, 'SMTP_URL', ['smtp:', 'smtps:']);
  const mailFrom = str(env, 'MAIL_FROM') ?? `Convene <noreply@${new URL(baseUrl).hostname}>`;
  if (!/^(.+<)?[^@\s<>]+@[^@\s<>]+>?$/.test(mailFrom)) throw new ConfigError('MAIL_FROM', `not an email address: "${mailFrom}"`);
  const jwtSecret = str(env, 'JWT_SECRET') ?? persistedSecret(dataDir);
  if (jwtSecret.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  const mib = 1024 * 1024;
  const geocoder = geocoderConfig(env);
  return {
    role,
    port,
    baseUrl,
    dataDir,
    instanceName: str(env, 'INSTANCE_NAME') ?? 'Convene',
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl,
    mailFrom,
    jwtSecret,
    federationAllowPrivateAddresses: bool(env, 'FEDERATION_ALLOW_PRIVATE_ADDRESSES', false),
    logLevel: oneOf('LOG_LEVEL', str(env, 'LOG_LEVEL'), ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    registrationsOpen: bool(env, 'REGISTRATIONS_OPEN', true),
    anonymousParticipation: bool(env, 'ANONYMOUS_PARTICIPATION', true),
    defaultLocale: oneOf('DEFAULT_LOCALE', str(env, 'DEFAULT_LOCALE'), ['en', 'fr'] as const, 'en'),
    uploads: {
      mediaBytes: int(env, 'UPLOAD_MEDIA_MAX_BYTES', 10 * mib, 1024, 1024 * mib),
      avatarBytes: int(env, 'UPLOAD_AVATAR_MAX_BYTES', 2 * mib, 1024, 1024 * mib),
      bannerBytes: int(env, 'UPLOAD_BANNER_MAX_BYTES', 4 * mib, 1024, 1024 * mib),
    },
    geocoder,
    notifications: {
      debounceSeconds: int(env, 'NOTIFY_DEBOUNCE_SECONDS', 120, 0, 86_400),
      tickSeconds: int(env, 'NOTIFY_TICK_SECONDS', 60, 0, 3600),
    },
    graphqlLimits: {
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 3000, 100, 1_000_000),
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 16, 2, 1000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15, 0, 10_000),
      maxDirectives: int(env, 'GRAPHQL_MAX_DIRECTIVES', 20, 0, 10_000),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 20_000, 1, 100_000_000),
      maxBatch: int(env, 'GRAPHQL_MAX_BATCH', 10, 1, 1000),
    },
  };
}

const GEOCODER_DEFAULT_URLS: Record<Exclude<GeocoderProvider, 'none'>, string> = {
  nominatim: 'https://nominatim.openstreetmap.org',
  photon: 'https://photon.komoot.io',
};

function geocoderConfig(env: Env): AppConfig['geocoder'] {
  const provider = oneOf('GEOCODER', str(env, 'GEOCODER')?.toLowerCase(), ['none', 'nominatim', 'photon'] as const, 'none');
  const geocoderUrl = url(env, 'GEOCODER_URL', ['http:', 'https:']);
  // A URL without a provider is surely a forgotten GEOCODER: say so rather than ignore it.
  if (provider === 'none' && geocoderUrl !== null)
    throw new ConfigError('GEOCODER_URL', 'set, but GEOCODER is none (use nominatim or photon)');
  if (provider === 'none') return { provider, url: null };
  return { provider, url: (geocoderUrl ?? GEOCODER_DEFAULT_URLS[provider]).replace(/\/+$/, '') };
}

// Kept in $DATA_DIR so tokens survive restarts, and shared by processes using the same data dir.
function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    // Another process of this data dir wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
