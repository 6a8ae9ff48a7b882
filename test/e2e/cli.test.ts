// The `convene` admin CLI on the run's test database, whose effects are read back from the tables
// and through the GraphQL API of a running instance. Its command runner runs in this process (a
// spawn costs a second or more of start-up); one test spawns the real process.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { verify } from '@node-rs/argon2';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Readable, Writable } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { TypeOrmPersonRepository } from '../../src/adapters/typeorm/identities/typeorm-person.repository.js';
import { Person } from '../../src/domain/identities/index.js';
import { runConveneCli } from '../../src/modules/convene-cli.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { openTestDataSource, testDatabaseUrl, unique } from '../support/database.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'convene-cli-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function environment(env: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    DATABASE_URL: testDatabaseUrl(),
    DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-that-is-long-enough-to-be-accepted-0123456789',
    ...env,
  };
}

function collector(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return { stream, text: () => text };
}

// The command runner of src/cli.ts, in this process: its own environment and streams, stdin not a
// terminal (as in a script or CI). One test below spawns the real process instead.
async function convene(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const stdout = collector();
  const stderr = collector();
  const code = await runConveneCli(args, {
    env: environment(env),
    stdin: Readable.from([]),
    stdout: stdout.stream,
    stderr: stderr.stream,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

// The CLI as an operator runs it: a process of its own. tsx runs the sources as they are (no
// build step, the same code the test reads).
function spawnConvene(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), ...args], {
      cwd: root,
      env: environment(env),
      // stdin is not a terminal, as in a script or CI.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let db: DataSource;

async function userRow(email: string): Promise<Record<string, any> | undefined> {
  const [row] = await db.query(
    `SELECT id::text AS id, email, role, locale, confirmed_at, disabled, password_hash FROM users WHERE email = $1`,
    [email],
  );
  return row;
}

beforeAll(async () => {
  db = await openTestDataSource();
});
afterAll(async () => {
  await db?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('convene users new', () => {
  it('creates the first administrator: confirmed, argon2 hash of the given password', async () => {
    const email = `${unique('admin')}@example.org`;
    // The one real process: exit code and standard streams as a shell sees them.
    const run = await spawnConvene([
      'users',
      'new',
      email.toUpperCase(),
      '--password',
      'a long admin passphrase',
      '--role',
      'administrator',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Created ${email} \\(id \\d+, administrator\\)\\.\\n$`));

    const row = await userRow(email);
    expect(row).toMatchObject({ role: 'ADMINISTRATOR', locale: 'en', disabled: false });
    expect(row!.confirmed_at).toBeInstanceOf(Date);
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verify(row!.password_hash, 'a long admin passphrase')).toBe(true);
  });

  it('generates a strong password when none is given and prints it once', async () => {
    const email = `${unique('gen')}@example.org`;
    const run = await convene(['users', 'new', email, '--locale', 'fr']);
    expect(run.code).toBe(0);
    const printed = /^Password \(shown only now\): (\S+)$/m.exec(run.stdout)?.[1];
    expect(printed).toBeDefined();
    expect(printed!.length).toBeGreaterThanOrEqual(24);
    const row = await userRow(email);
    expect(row).toMatchObject({ role: 'USER', locale: 'fr' });
    expect(await verify(row!.password_hash, printed!)).toBe(true);
  });

  it('refuses a short or common password, a bad role or a taken address, and stores nothing', async () => {
    const email = `${unique('weak')}@example.org`;
    const short = await convene(['users', 'new', email, '--password', 'short', '--role', 'administrator']);
    expect(short.code).toBe(1);
    expect(short.stdout).toBe('');
    expect(short.stderr.trim()).toBe('convene: password: Password must be at least 8 characters long');

    const common = await convene(['users', 'new', email, '--password', 'password123']);
    expect(common.code).toBe(1);
    expect(common.stderr).toMatch(/too common/);

    const role = await convene(['users', 'new', email, '--password', 'a long passphrase', '--role', 'superuser']);
    expect(role.code).toBe(1);
    expect(role.stderr.trim()).toBe('convene: role: Role must be one of USER, MODERATOR, ADMINISTRATOR');
    expect(await userRow(email)).toBeUndefined();

    expect((await convene(['users', 'new', email, '--password', 'a long passphrase'])).code).toBe(0);
    const again = await convene(['users', 'new', email, '--password', 'another passphrase', '--role', 'administrator']);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe('convene: an account with this email already exists');
    expect(await userRow(email)).toMatchObject({ role: 'USER' });
  });
});

describe('with a running instance', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const LOGIN = `mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { accessToken refreshToken user { email role } }
  }`;

  it('lets the new administrator log in as ADMINISTRATOR', async () => {
    const email = `${unique('first')}@example.org`;
    expect((await convene(['users', 'new', email, '--password', 'first admin passphrase', '--role', 'admin'])).code).toBe(0);
    const res = await app.client().gql(LOGIN, { email, password: 'first admin passphrase' });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.user).toEqual({ email, role: 'ADMINISTRATOR' });
    expect(res.data.login.accessToken).toEqual(expect.any(String));
  });

  it('modifies role, email and password; --disable ends sessions and blocks login, --enable restores it', async () => {
    const email = `${unique('mod')}@example.org`;
    expect((await convene(['users', 'new', email, '--password', 'initial passphrase'])).code).toBe(0);
    const loggedIn = await app.client().gql(LOGIN, { email, password: 'initial passphrase' });
    expect(loggedIn.errors).toBeUndefined();
    const { id } = (await userRow(email))!;

    const disable = await convene(['users', 'modify', email, '--role', 'moderator', '--disable']);
    expect(disable.code).toBe(0);
    expect(disable.stdout.trim()).toBe(`Updated ${email} (id ${id}, moderator, disabled).`);
    expect(await userRow(email)).toMatchObject({ role: 'MODERATOR', disabled: true });
    const [open] = await db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
    expect(open.n).toBe(0);
    const refused = await app.client().gql(LOGIN, { email, password: 'initial passphrase' });
    expect(refused.data?.login ?? null).toBeNull();
    expect(refused.errors?.[0].message).toMatch(/disabled/i);

    const newEmail = `${unique('moved')}@example.org`;
    const enable = await convene(['users', 'modify', email, '--enable', '--email', newEmail, '--password', 'replaced passphrase']);
    expect(enable.code).toBe(0);
    expect(await userRow(email)).toBeUndefined();
    const row = await userRow(newEmail);
    expect(row).toMatchObject({ id, role: 'MODERATOR', disabled: false });
    expect(await verify(row!.password_hash, 'replaced passphrase')).toBe(true);
    const back = await app.client().gql(LOGIN, { email: newEmail, password: 'replaced passphrase' });
    expect(back.errors).toBeUndefined();
    expect(back.data.login.user.role).toBe('MODERATOR');
  });

  it('confirms an account that signed up but never followed its link', async () => {
    const email = `${unique('late')}@example.org`;
    const signUp = await app.client().gql(`mutation { createUser(email: "${email}", password: "sign-up passphrase") { email } }`);
    expect(signUp.errors).toBeUndefined();
    expect((await userRow(email))!.confirmed_at).toBeNull();

    const run = await convene(['users', 'modify', email, '--confirm']);
    expect(run.code).toBe(0);
    expect((await userRow(email))!.confirmed_at).toBeInstanceOf(Date);
    const res = await app.client().gql(LOGIN, { email, password: 'sign-up passphrase' });
    expect(res.errors).toBeUndefined();
  });
});

describe('convene users show', () => {
  it('prints the account and its identities, never the password hash', async () => {
    const email = `${unique('show')}@example.org`;
    expect((await convene(['users', 'new', email, '--password', 'shown passphrase', '--role', 'moderator'])).code).toBe(0);
    const { id, password_hash: hash } = (await userRow(email))!;
    const persons = new TypeOrmPersonRepository(db);
    const username = unique('ident').toLowerCase();
    const person = Person.createLocal(
      {
        id: await persons.nextId(),
        userId: id,
        preferredUsername: username,
        name: 'Shown',
        summary: '',
        avatarId: null,
        bannerId: null,
        baseUrl: 'http://convene.test',
      },
      new Date(),
    );
    expect(await persons.save(person)).toBe(true);

    const run = await convene(['users', 'show', email]);
    expect(run.code).toBe(0);
    const fields = Object.fromEntries(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
    );
    expect(fields).toMatchObject({
      id,
      email,
      role: 'moderator',
      locale: 'en',
      disabled: 'no',
      identities: username,
      'last sign-in': 'never',
    });
    expect(Date.parse(fields['confirmed at'])).not.toBeNaN();
    expect(run.stdout).not.toContain(hash);
    expect(run.stdout).not.toMatch(/argon2|password/i);

    const json = await convene(['users', 'show', email, '--json']);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout);
    expect(parsed).toMatchObject({ id, email, role: 'MODERATOR', disabled: false, identities: [{ username, name: 'Shown' }] });
    expect(json.stdout).not.toMatch(/argon2|passwordHash/);
  });

  it('fails with one line for an unknown address', async () => {
    const run = await convene(['users', 'show', 'nobody-here@example.org']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('convene: no account has the email nobody-here@example.org');
  });
});

describe('convene users delete', () => {
  it('refuses without --yes when nobody can answer, then deletes with --yes', async () => {
    const email = `${unique('del')}@example.org`;
    expect((await convene(['users', 'new', email, '--password', 'doomed passphrase'])).code).toBe(0);
    const { id } = (await userRow(email))!;

    const refused = await convene(['users', 'delete', email]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--yes/);
    expect(await userRow(email)).toBeDefined();

    const run = await convene(['users', 'delete', email, '--yes']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Deleted ${email} (id ${id}).`);
    expect(await userRow(email)).toBeUndefined();
    // The goodbye email and federation react to this event.
    const events = await db.query(`SELECT payload FROM outbox WHERE name = 'user.deleted' AND payload->>'userId' = $1`, [id]);
    expect(events).toHaveLength(1);

    const again = await convene(['users', 'delete', email, '--yes']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no account has the email/);
  });
});

describe('convene migrate', () => {
  const fresh = `${new URL(testDatabaseUrl()).pathname.slice(1)}_cli_migrate`;
  const admin = () => {
    const url = new URL(testDatabaseUrl());
    url.pathname = '/postgres';
    return new pg.Client({ connectionString: url.toString() });
  };
  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${fresh}`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${fresh} WITH (FORCE)`);
    await client.end();
  });

  it('applies every migration to an empty database once, then nothing', async () => {
    const url = new URL(testDatabaseUrl());
    url.pathname = `/${fresh}`;
    const env = { DATABASE_URL: url.toString() };
    const first = await convene(['migrate'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Applied \d+ migration\(s\): Accounts1764100000000, /);

    const second = await convene(['migrate'], env);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe('No pending migrations: the database is up to date.');

    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM schema_migrations`);
    await client.end();
    expect(first.stdout).toContain(`Applied ${rows[0].n} migration(s)`);
  });

  it('leaves the already migrated test database as it is', async () => {
    const run = await convene(['migrate']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe('No pending migrations: the database is up to date.');
  });
});

describe('usage and configuration errors', () => {
  it('prints the usage and exits 2 on an unknown command or option', async () => {
    const unknown = await convene(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^convene: unknown command "frobnicate"\n\nUsage: convene/);
    const option = await convene(['users', 'new', 'a@example.org', '--admin']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown option --admin/);
  });

  it('prints the usage on --help with exit 0, without touching the database', async () => {
    const run = await convene(['--help'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/users new EMAIL/);
    expect(run.stdout).toMatch(/migrate/);
  });

  it('names the bad variable or the unreachable database in one line', async () => {
    const bad = await convene(['migrate'], { DATABASE_URL: 'mysql://localhost/x' });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('convene: invalid configuration: DATABASE_URL: expected a postgres: or postgresql: URL, got "mysql:"');
    const down = await convene(['users', 'show', 'a@example.org'], { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(down.code).toBe(1);
    expect(down.stderr.trim()).toMatch(/^convene: cannot connect to the database \(DATABASE_URL host 127\.0\.0\.1:1\): .*ECONNREFUSED/);
  });
});
