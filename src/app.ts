// Starts a Convene instance in this process: database (embedded when DATABASE_URL is unset),
// migrations, then the Nest application for the configured role. Used by main.ts and the tests.
import 'reflect-metadata';
import { Logger, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from './adapters/typeorm/data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './adapters/typeorm/embedded-postgres.js';
import { AppModule } from './app.module.js';
import type { AppConfig } from './modules/config/app-config.js';

export interface RunningConvene {
  config: AppConfig;
  /** Where the HTTP API listens (null for a worker). */
  url: string | null;
  dataSource: DataSource;
  app: INestApplicationContext;
  close(): Promise<void>;
}

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];

export async function connectDatabase(
  config: AppConfig,
  log: (line: string) => void,
): Promise<{ dataSource: DataSource; embedded: EmbeddedDatabase | null }> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres(config.dataDir, log);
    url = embedded.url;
    log(
      `database: DATABASE_URL is unset, using an embedded PostgreSQL in ${embedded.directory}${embedded.notes.map((note) => ` (${note})`).join('')} (set DATABASE_URL=postgres://… to use your own server)`,
    );
  }
  const dataSource = createDataSource(url, { poolSize: 10 });
  await dataSource.initialize();
  return { dataSource, embedded };
}

export async function startConvene(config: AppConfig, options: { logger?: LogLevel[] | false } = {}): Promise<RunningConvene> {
  const logger = new Logger('Convene');
  const log = (line: string) => logger.log(line);
  const { dataSource, embedded } = await connectDatabase(config, log);
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) log(`database: applied migrations ${applied.join(', ')}`);
    log(
      config.redisUrl
        ? 'job queue: Bull on REDIS_URL'
        : 'job queue: REDIS_URL is unset, jobs and rate limits are kept in PostgreSQL (set REDIS_URL=redis://… for Bull)',
    );
    if (!config.smtpUrl)
      log(
        `email: SMTP_URL is unset, emails are written to ${config.dataDir}/mail and their links logged (set SMTP_URL=smtp://… to send them)`,
      );

    const module = AppModule.forRoot(config, dataSource, log);
    const loggerLevels = options.logger ?? LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1);
    let app: INestApplicationContext;
    let url: string | null = null;
    if (config.role === 'worker') {
      app = await NestFactory.createApplicationContext(module, { logger: loggerLevels });
      await app.init();
    } else {
      const http = await NestFactory.create<NestExpressApplication>(module, { logger: loggerLevels, bodyParser: true });
      // Large enough for long descriptions; the domain bounds each field and answers 422.
      http.useBodyParser('json', { limit: '2mb' });
      http.set('trust proxy', 'loopback');
      await http.listen(config.port);
      const address = (http.getHttpServer() as Server).address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      url = `http://localhost:${port}`;
      app = http;
    }
    return {
      config,
      url,
      dataSource,
      app,
      async close() {
        // The server stops accepting and waits for in-flight requests, the worker for running
        // jobs (Nest shutdown hooks), then @nestjs/typeorm closes the pool; then the embedded database goes.
        await app.close();
        if (dataSource.isInitialized) await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
