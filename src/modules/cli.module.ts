// Wiring of the `convene` admin CLI: plain construction, no Nest, and none of the GraphQL or HTTP
// code, so a command starts fast and loads only what it uses.
import type { DataSource } from 'typeorm';
import type { CliServices } from '../adapters/cli/run-cli.js';
import { Argon2PasswordHasher } from '../adapters/crypto/argon2-password-hasher.js';
import { RandomTokenGenerator } from '../adapters/crypto/random-token-generator.js';
import { TypeOrmSessions } from '../adapters/typeorm/accounts/typeorm-sessions.js';
import { TypeOrmUserRepository } from '../adapters/typeorm/accounts/typeorm-user.repository.js';
import { createDataSource, runMigrations } from '../adapters/typeorm/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../adapters/typeorm/embedded-postgres.js';
import { TypeOrmPersonRepository } from '../adapters/typeorm/identities/typeorm-person.repository.js';
import { CreateUserByAdmin, DeleteUserByAdmin, ModifyUser } from '../domain/accounts/index.js';
import { SystemClock } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigRegistrationRules } from '../adapters/config/config-registration-rules.js';
import { FindUser } from '../domain/administration/index.js';

export interface CliContext {
  services: CliServices;
  close(): Promise<void>;
}

/** The server's database: DATABASE_URL, or the embedded PostgreSQL of DATA_DIR (reused when the
 * server runs, else started for this command and stopped by `close`). */
async function openDatabase(
  config: AppConfig,
  log: (line: string) => void,
): Promise<{ dataSource: DataSource; embedded: EmbeddedDatabase | null }> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.dataDir, log);
  const dataSource = createDataSource(config.databaseUrl ?? embedded!.url, { poolSize: 2 });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    const where = config.databaseUrl
      ? `DATABASE_URL host ${new URL(config.databaseUrl).host}`
      : `the embedded PostgreSQL of ${config.dataDir}`;
    throw new Error(`cannot connect to the database (${where}): ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return { dataSource, embedded };
}

export async function openCliContext(config: AppConfig, log: (line: string) => void): Promise<CliContext> {
  const { dataSource, embedded } = await openDatabase(config, log);
  const users = new TypeOrmUserRepository(dataSource);
  const persons = new TypeOrmPersonRepository(dataSource);
  const hasher = new Argon2PasswordHasher();
  const sessions = new TypeOrmSessions(dataSource, new RandomTokenGenerator());
  const clock = new SystemClock();
  const services: CliServices = {
    createUser: new CreateUserByAdmin(users, hasher, new ConfigRegistrationRules(config), clock),
    modifyUser: new ModifyUser(users, hasher, sessions, clock),
    findUser: new FindUser(users, persons),
    deleteUser: new DeleteUserByAdmin(users, clock),
    migrate: () => runMigrations(dataSource),
  };
  return {
    services,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
