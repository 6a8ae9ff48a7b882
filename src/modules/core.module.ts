import { BullModule, getQueueToken } from '@nestjs/bull';
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Bull from 'bull';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { BullJobQueue, CONVENE_QUEUE } from '../adapters/bull/bull-job-queue.js';
import { RandomTokenGenerator } from '../adapters/crypto/random-token-generator.js';
import { NodemailerMailer } from '../adapters/mail/nodemailer.mailer.js';
import { RedisRateLimiter } from '../adapters/redis/redis-rate-limiter.js';
import { PostgresJobQueue } from '../adapters/typeorm/queue/postgres-job-queue.js';
import { PostgresRateLimiter } from '../adapters/typeorm/rate-limit/postgres-rate-limiter.js';
import { Clock, JobQueue, Mailer, RateLimiter, SystemClock, TokenGenerator } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, LOG_LINE } from './tokens.js';

export const REDIS = Symbol('REDIS');

/**
 * The process-wide adapters: database, clock, randomness, mail, job queue and rate limits. With
 * REDIS_URL the queue is Bull and rate limits live in Redis; without, both live in Postgres.
 */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(REDIS) private readonly redis: Redis | null,
  ) {}

  static forRoot(config: AppConfig, dataSource: DataSource, log: (line: string) => void): DynamicModule {
    const redisUrl = config.redisUrl;
    // Instances sharing one Redis (two local instances federating, say) must not share jobs.
    const redisPrefix = `convene:${new URL(config.baseUrl).host}`;
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: LOG_LINE, useValue: log },
      { provide: Clock, useClass: SystemClock },
      { provide: TokenGenerator, useClass: RandomTokenGenerator },
      {
        provide: Mailer,
        useFactory: () =>
          new NodemailerMailer({
            baseUrl: config.baseUrl,
            from: config.mailFrom,
            instanceName: config.instanceName,
            smtpUrl: config.smtpUrl,
            dataDir: config.dataDir,
            log,
          }),
      },
      { provide: REDIS, useFactory: () => (redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 3 }) : null) },
      {
        provide: RateLimiter,
        useFactory: (redis: Redis | null) =>
          redis ? new RedisRateLimiter(redis, `${redisPrefix}:rate:`) : new PostgresRateLimiter(dataSource),
        inject: [REDIS],
      },
      redisUrl
        ? { provide: JobQueue, useFactory: (queue: Bull.Queue) => new BullJobQueue(queue, log), inject: [getQueueToken(CONVENE_QUEUE)] }
        : { provide: JobQueue, useFactory: () => new PostgresJobQueue(dataSource, { log }) },
    ];
    return {
      module: CoreModule,
      imports: [
        // The DataSource app.ts opened and migrated (the CLI and tests open theirs the same way):
        // Nest provides it as `DataSource` and its EntityManager, and destroys it on shutdown.
        TypeOrmModule.forRootAsync({ useFactory: () => ({}), dataSourceFactory: () => Promise.resolve(dataSource) }),
        ...(redisUrl
          ? [BullModule.forRoot({ redis: redisUrl, prefix: `${redisPrefix}:bull` }), BullModule.registerQueue({ name: CONVENE_QUEUE })]
          : []),
      ],
      providers,
      exports: providers.map((p) => (typeof p === 'function' ? p : p.provide)).concat(redisUrl ? [BullModule] : []),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.mailer instanceof NodemailerMailer) this.mailer.close();
    await this.redis?.quit().catch(() => undefined);
  }
}
