// The interactive paths of the CLI (a person at a terminal), with the real use cases on fakes.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { FakePasswordHasher } from '../../../test/fakes/fake-password-hasher.js';
import { FixedClock } from '../../../test/fakes/fixed-clock.js';
import { InMemorySessions } from '../../../test/fakes/in-memory-sessions.js';
import { InMemoryUserRepository } from '../../../test/fakes/in-memory-user.repository.js';
import { CreateUserByAdmin, DeleteUserByAdmin, ModifyUser, RegistrationRules } from '../../domain/accounts/index.js';
import { PersonRepository, type Person } from '../../domain/identities/index.js';
import { runCli, type CliIo, type CliServices } from './run-cli.js';
import { FindUser } from '../../domain/administration/index.js';

class EnglishRules extends RegistrationRules {
  async allows(): Promise<boolean> {
    return true;
  }
  defaultLocale(): string {
    return 'en';
  }
}

class NoPersons extends PersonRepository {
  async nextId(): Promise<string> {
    return '1';
  }
  async findById(): Promise<Person | null> {
    return null;
  }
  async findByIds(): Promise<Person[]> {
    return [];
  }
  async findLocalByUsername(): Promise<Person | null> {
    return null;
  }
  async findByUser(): Promise<Person[]> {
    return [];
  }
  async usernameTaken(): Promise<boolean> {
    return false;
  }
  async save(): Promise<boolean> {
    return true;
  }
  async delete(): Promise<void> {}
}

class ScriptedIo implements CliIo {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  readonly questions: string[] = [];
  constructor(
    readonly interactive: boolean,
    private readonly answers: string[] = [],
  ) {}
  out(line: string): void {
    this.stdout.push(line);
  }
  err(line: string): void {
    this.stderr.push(line);
  }
  async ask(question: string): Promise<string> {
    this.questions.push(question);
    return this.answers.shift() ?? '';
  }
}

let users: InMemoryUserRepository;
let opened: number;
let services: () => Promise<CliServices>;

beforeEach(async () => {
  users = new InMemoryUserRepository();
  const clock = new FixedClock();
  const hasher = new FakePasswordHasher();
  opened = 0;
  const all: CliServices = {
    createUser: new CreateUserByAdmin(users, hasher, new EnglishRules(), clock),
    modifyUser: new ModifyUser(users, hasher, new InMemorySessions(), clock),
    findUser: new FindUser(users, new NoPersons()),
    deleteUser: new DeleteUserByAdmin(users, clock),
    migrate: async () => [],
  };
  services = async () => {
    opened += 1;
    return all;
  };
  await all.createUser.execute({ email: 'ada@example.org', password: 'a long passphrase' });
});

describe('runCli users delete', () => {
  it('asks at a terminal and deletes only after "yes"', async () => {
    const io = new ScriptedIo(true, ['no']);
    expect(await runCli({ type: 'users-delete', email: 'ada@example.org', yes: false }, services, io)).toBe(1);
    expect(io.stdout[0]).toBe('About to delete ada@example.org (id 1, user) and its identities: none.');
    expect(io.questions).toEqual(['Type "yes" to delete it: ']);
    expect(io.stderr).toEqual(['convene: nothing deleted']);
    expect(await users.count()).toBe(1);

    const yes = new ScriptedIo(true, [' YES ']);
    expect(await runCli({ type: 'users-delete', email: 'ada@example.org', yes: false }, services, yes)).toBe(0);
    expect(yes.stdout.at(-1)).toBe('Deleted ada@example.org (id 1).');
    expect(await users.count()).toBe(0);
  });

  it('refuses without --yes when nobody can answer, before opening the database', async () => {
    const io = new ScriptedIo(false);
    expect(await runCli({ type: 'users-delete', email: 'ada@example.org', yes: false }, services, io)).toBe(1);
    expect(opened).toBe(0);
    expect(io.questions).toEqual([]);
    expect(await users.count()).toBe(1);
  });
});

describe('runCli users new', () => {
  it('prints a generated password once and stores its hash', async () => {
    const io = new ScriptedIo(false);
    expect(
      await runCli({ type: 'users-new', email: 'grace@example.org', password: null, role: 'ADMINISTRATOR', locale: null }, services, io),
    ).toBe(0);
    const password = /^Password \(shown only now\): (\S{24})$/.exec(io.stdout[1])?.[1];
    expect(password).toBeDefined();
    expect((await users.findByEmail('grace@example.org'))?.passwordHash).toBe(`hashed:${password}`);
  });
});

describe('runCli help', () => {
  it('prints the usage without opening the database', async () => {
    const io = new ScriptedIo(false);
    expect(await runCli({ type: 'help' }, services, io)).toBe(0);
    expect(io.stdout[0]).toMatch(/^Usage: convene/);
    expect(opened).toBe(0);
  });
});
