import { describe, expect, it } from '@jest/globals';
import { parseArgs } from './parse-args.js';

const command = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new Error(`expected a command, got: ${parsed.error}`);
  return parsed.command;
};
const error = (argv: string[]) => {
  const parsed = parseArgs(argv);
  if (parsed.ok) throw new Error(`expected an error, got ${JSON.stringify(parsed.command)}`);
  return parsed.error;
};

describe('parseArgs', () => {
  it('reads users new with its options, in both --opt value and --opt=value forms', () => {
    expect(command(['users', 'new', 'a@example.org', '--password', 'secret pass', '--role=administrator', '--locale', 'FR'])).toEqual({
      type: 'users-new',
      email: 'a@example.org',
      password: 'secret pass',
      role: 'ADMINISTRATOR',
      locale: 'fr',
    });
    expect(command(['users', 'new', '--role', 'admin', 'b@example.org'])).toEqual({
      type: 'users-new',
      email: 'b@example.org',
      password: null,
      role: 'ADMINISTRATOR',
      locale: null,
    });
  });

  it('passes unknown role names on for the domain to refuse', () => {
    expect(command(['users', 'new', 'a@example.org', '--role', 'root'])).toMatchObject({ role: 'ROOT' });
  });

  it('reads users modify and needs at least one change', () => {
    expect(command(['users', 'modify', 'a@example.org', '--disable', '--role', 'moderator', '--confirm'])).toEqual({
      type: 'users-modify',
      email: 'a@example.org',
      role: 'MODERATOR',
      newEmail: null,
      password: null,
      disabled: true,
      confirm: true,
    });
    expect(command(['users', 'modify', 'a@example.org', '--enable', '--email', 'new@example.org', '--password=p@ss word'])).toMatchObject({
      disabled: false,
      newEmail: 'new@example.org',
      password: 'p@ss word',
      confirm: false,
    });
    expect(error(['users', 'modify', 'a@example.org'])).toMatch(/at least one change/);
    expect(error(['users', 'modify', 'a@example.org', '--disable', '--enable'])).toMatch(/exclude each other/);
  });

  it('reads users show and users delete', () => {
    expect(command(['users', 'show', 'a@example.org', '--json'])).toEqual({ type: 'users-show', email: 'a@example.org', json: true });
    expect(command(['users', 'delete', 'a@example.org'])).toEqual({ type: 'users-delete', email: 'a@example.org', yes: false });
    expect(command(['users', 'delete', '-y', 'a@example.org'])).toEqual({ type: 'users-delete', email: 'a@example.org', yes: true });
  });

  it('reads migrate and help', () => {
    expect(command(['migrate'])).toEqual({ type: 'migrate' });
    for (const argv of [[], ['--help'], ['help'], ['users', 'new', '-h']]) expect(command(argv)).toEqual({ type: 'help' });
  });

  it('explains each wrong usage in one line', () => {
    expect(error(['frobnicate'])).toBe('unknown command "frobnicate"');
    expect(error(['users'])).toMatch(/needs a subcommand/);
    expect(error(['users', 'list'])).toBe('unknown users subcommand "list"');
    expect(error(['users', 'new'])).toBe("users new needs the account's EMAIL");
    expect(error(['users', 'show', 'a@example.org', 'b@example.org'])).toMatch(/takes one EMAIL/);
    expect(error(['users', 'new', 'a@example.org', '--password'])).toBe('--password needs a value');
    expect(error(['users', 'new', 'a@example.org', '--password', '--role', 'user'])).toBe('--password needs a value');
    expect(error(['users', 'new', 'a@example.org', '--admin'])).toBe('unknown option --admin');
    expect(error(['users', 'show', 'a@example.org', '--yes'])).toBe('unknown option --yes');
    expect(error(['users', 'delete', 'a@example.org', '--yes=no'])).toBe('--yes takes no value');
    expect(error(['users', 'new', 'a@example.org', '--role', 'user', '--role', 'moderator'])).toBe('--role is given twice');
    expect(error(['migrate', 'now'])).toMatch(/takes no arguments/);
  });

  it('keeps an argument that starts with a dash after --', () => {
    expect(command(['users', 'show', '--', '-odd@example.org'])).toMatchObject({ email: '-odd@example.org' });
  });
});
