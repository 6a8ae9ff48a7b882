// The `convene` admin commands: each calls one use case and prints the outcome in plain lines.
import { randomBytes } from 'node:crypto';
import type { CreateUserByAdmin, DeleteUserByAdmin, ModifyUser, User } from '../../domain/accounts/index.js';
import { accountErrorMessage } from './account-cli-errors.js';
import { USAGE, type CliCommand } from './parse-args.js';
import type { FindUser, UserDetails } from '../../domain/administration/index.js';

export interface CliServices {
  createUser: CreateUserByAdmin;
  modifyUser: ModifyUser;
  findUser: FindUser;
  deleteUser: DeleteUserByAdmin;
  /** Applies pending migrations; the names of those applied. */
  migrate(): Promise<string[]>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Whether a person can answer a question (stdin and stdout are terminals). */
  interactive: boolean;
  ask(question: string): Promise<string>;
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** 144 random bits, URL-safe so it survives copy and paste into any form. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

const lower = (role: string) => role.toLowerCase();

function describe(details: UserDetails): [string, string][] {
  const s = details.user.snapshot();
  return [
    ['id', s.id],
    ['email', s.email],
    ['role', lower(s.role)],
    ['locale', s.locale],
    ['confirmed at', s.confirmedAt ? s.confirmedAt.toISOString() : 'not confirmed'],
    ['disabled', s.disabled ? 'yes' : 'no'],
    ['created at', s.createdAt.toISOString()],
    [
      'last sign-in',
      s.currentSignInAt ? `${s.currentSignInAt.toISOString()}${s.currentSignInIp ? ` from ${s.currentSignInIp}` : ''}` : 'never',
    ],
    ['identities', details.identities.length > 0 ? details.identities.map((i) => i.username).join(', ') : 'none'],
  ];
}

function toJson(details: UserDetails): Record<string, unknown> {
  // Picked field by field: the password hash must never be printed.
  const s = details.user.snapshot();
  return {
    id: s.id,
    email: s.email,
    role: s.role,
    locale: s.locale,
    confirmedAt: s.confirmedAt,
    disabled: s.disabled,
    createdAt: s.createdAt,
    lastSignInAt: s.currentSignInAt,
    lastSignInIp: s.currentSignInIp,
    defaultIdentityId: s.defaultActorId,
    identities: details.identities,
  };
}

function summary(user: User): string {
  return `${user.email} (id ${user.id}, ${lower(user.role)}${user.isConfirmed ? '' : ', not confirmed'}${user.isDisabled ? ', disabled' : ''})`;
}

/**
 * Runs one parsed command; `services` opens the database only for commands that need it, so usage
 * errors and refusals answer at once. Returns the exit code.
 */
export async function runCli(command: CliCommand, services: () => Promise<CliServices>, io: CliIo): Promise<number> {
  switch (command.type) {
    case 'help':
      io.out(USAGE);
      return EXIT.ok;

    case 'migrate': {
      const applied = await (await services()).migrate();
      io.out(
        applied.length > 0
          ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
          : 'No pending migrations: the database is up to date.',
      );
      return EXIT.ok;
    }

    case 'users-new': {
      const password = command.password ?? generatePassword();
      const result = await (
        await services()
      ).createUser.execute({ email: command.email, password, role: command.role, locale: command.locale });
      if (!result.ok) return fail(io, accountErrorMessage(result.error, command.email));
      io.out(`Created ${summary(result.value)}.`);
      if (command.password === null) io.out(`Password (shown only now): ${password}`);
      return EXIT.ok;
    }

    case 'users-modify': {
      const result = await (
        await services()
      ).modifyUser.execute({
        email: command.email,
        role: command.role,
        newEmail: command.newEmail,
        password: command.password,
        disabled: command.disabled,
        confirm: command.confirm,
      });
      if (!result.ok) return fail(io, accountErrorMessage(result.error, command.email));
      io.out(`Updated ${summary(result.value)}${command.password !== null ? '; new password set' : ''}.`);
      return EXIT.ok;
    }

    case 'users-show': {
      const result = await (await services()).findUser.execute({ email: command.email });
      if (!result.ok) return fail(io, accountErrorMessage(result.error, command.email));
      if (command.json) io.out(JSON.stringify(toJson(result.value), null, 2));
      else for (const [key, value] of describe(result.value)) io.out(`${`${key}:`.padEnd(14)}${value}`);
      return EXIT.ok;
    }

    case 'users-delete': {
      if (!command.yes && !io.interactive) {
        return fail(io, `refusing to delete ${command.email} without confirmation: add --yes (stdin is not a terminal)`);
      }
      const open = await services();
      if (!command.yes) {
        const found = await open.findUser.execute({ email: command.email });
        if (!found.ok) return fail(io, accountErrorMessage(found.error, command.email));
        const identities = found.value.identities.map((i) => i.username);
        io.out(
          `About to delete ${summary(found.value.user)} and its identities: ${identities.length > 0 ? identities.join(', ') : 'none'}.`,
        );
        const answer = await io.ask('Type "yes" to delete it: ');
        if (answer.trim().toLowerCase() !== 'yes') return fail(io, 'nothing deleted');
      }
      const result = await open.deleteUser.execute({ email: command.email });
      if (!result.ok) return fail(io, accountErrorMessage(result.error, command.email));
      io.out(`Deleted ${result.value.email} (id ${result.value.id}).`);
      return EXIT.ok;
    }
  }
}

function fail(io: CliIo, message: string): number {
  io.err(`convene: ${message}`);
  return EXIT.failed;
}
