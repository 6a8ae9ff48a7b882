// `convene …` command lines → a typed command. Pure, so every rule is unit-tested without a process.

export type CliCommand =
  | { type: 'help' }
  | { type: 'users-new'; email: string; password: string | null; role: string | null; locale: string | null }
  | {
      type: 'users-modify';
      email: string;
      role: string | null;
      newEmail: string | null;
      password: string | null;
      disabled: boolean | null;
      confirm: boolean;
    }
  | { type: 'users-show'; email: string; json: boolean }
  | { type: 'users-delete'; email: string; yes: boolean }
  | { type: 'migrate' };

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: string };

export const USAGE = `Usage: convene <command> [options]

Commands:
  users new EMAIL [--password P] [--role user|moderator|administrator] [--locale en|fr]
      Create a confirmed account (without --password, a strong one is generated and printed once).
  users modify EMAIL [--role R] [--email NEW] [--password P] [--disable | --enable] [--confirm]
      Change an account; a new password or --disable ends its open sessions.
  users show EMAIL [--json]
      Print an account and the usernames of its identities.
  users delete EMAIL [--yes]
      Delete an account and its identities (asks first unless --yes).
  migrate
      Apply pending database migrations.

The database is the server's: DATABASE_URL, or the embedded PostgreSQL of DATA_DIR (default ./data).
Exit codes: 0 done, 1 refused or failed, 2 wrong usage.`;

type Spec = Record<string, 'value' | 'flag'>;

const SPECS: Record<string, Spec> = {
  'users-new': { password: 'value', role: 'value', locale: 'value' },
  'users-modify': { role: 'value', email: 'value', password: 'value', disable: 'flag', enable: 'flag', confirm: 'flag' },
  'users-show': { json: 'flag' },
  'users-delete': { yes: 'flag' },
  migrate: {},
};

const SHORT: Record<string, string> = { '-y': '--yes' };

/** Role names as people type them ("admin", "Moderator") → the domain's names; the domain validates. */
function role(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const upper = raw.trim().toUpperCase();
  return upper === 'ADMIN' ? 'ADMINISTRATOR' : upper;
}

function split(args: string[], spec: Spec): { positional: string[]; options: Map<string, string | true> } | string {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = SHORT[args[i]] ?? args[i];
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg.length > 1) return `unknown option ${arg}`;
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = spec[name];
    if (!kind) return `unknown option --${name}`;
    if (options.has(name)) return `--${name} is given twice`;
    if (kind === 'flag') {
      if (eq !== -1) return `--${name} takes no value`;
      options.set(name, true);
    } else if (eq !== -1) {
      options.set(name, arg.slice(eq + 1));
    } else {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) return `--${name} needs a value`;
      options.set(name, value);
      i += 1;
    }
  }
  return { positional, options };
}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { ok: true, command: { type: 'help' } };
  let name: string;
  let rest: string[];
  if (argv[0] === 'users') {
    if (!['new', 'modify', 'show', 'delete'].includes(argv[1] ?? '')) {
      return {
        ok: false,
        error: argv[1] === undefined ? 'users needs a subcommand: new, modify, show or delete' : `unknown users subcommand "${argv[1]}"`,
      };
    }
    name = `users-${argv[1]}`;
    rest = argv.slice(2);
  } else if (argv[0] === 'migrate') {
    name = 'migrate';
    rest = argv.slice(1);
  } else {
    return { ok: false, error: `unknown command "${argv[0]}"` };
  }

  const parts = split(rest, SPECS[name]);
  if (typeof parts === 'string') return { ok: false, error: parts };
  const { positional, options } = parts;
  const value = (key: string) => options.get(key) as string | undefined;
  const label = name.replace('-', ' ');

  if (name === 'migrate') {
    return positional.length > 0
      ? { ok: false, error: `migrate takes no arguments, got "${positional[0]}"` }
      : { ok: true, command: { type: 'migrate' } };
  }
  if (positional.length === 0) return { ok: false, error: `${label} needs the account's EMAIL` };
  if (positional.length > 1) return { ok: false, error: `${label} takes one EMAIL, got also "${positional[1]}"` };
  const email = positional[0];

  switch (name) {
    case 'users-new':
      return {
        ok: true,
        command: {
          type: 'users-new',
          email,
          password: value('password') ?? null,
          role: role(value('role')),
          locale: value('locale')?.trim().toLowerCase() ?? null,
        },
      };
    case 'users-modify': {
      if (options.has('disable') && options.has('enable')) return { ok: false, error: '--disable and --enable exclude each other' };
      if (options.size === 0)
        return {
          ok: false,
          error: 'users modify needs at least one change: --role, --email, --password, --disable, --enable or --confirm',
        };
      const disabled = options.has('disable') ? true : options.has('enable') ? false : null;
      return {
        ok: true,
        command: {
          type: 'users-modify',
          email,
          role: role(value('role')),
          newEmail: value('email') ?? null,
          password: value('password') ?? null,
          disabled,
          confirm: options.has('confirm'),
        },
      };
    }
    case 'users-show':
      return { ok: true, command: { type: 'users-show', email, json: options.has('json') } };
    default:
      return { ok: true, command: { type: 'users-delete', email, yes: options.has('yes') } };
  }
}
