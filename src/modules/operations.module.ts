import { Module } from '@nestjs/common';
import type { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import { HEALTH_PROBES, HealthController, type HealthProbe } from '../adapters/http/operations/health.controller.js';
import type { AppConfig } from './config/app-config.js';
import { REDIS } from './core.module.js';
import { APP_CONFIG } from './tokens.js';

/** What readiness asks: the database, the queue (Redis, or the database when it holds the
 * jobs) and the SMTP relay when one is configured (without one, mail goes to files). */
function probes(dataSource: DataSource, redis: Redis | null, config: AppConfig): HealthProbe[] {
  const database: HealthProbe = { name: 'database', check: async () => void (await dataSource.query('SELECT 1')) };
  const list: HealthProbe[] = [database];
  list.push({
    name: 'queue',
    // Redis when configured, else the Postgres jobs table the workers claim from.
    check: async () => void (await (redis ? redis.ping() : dataSource.query('SELECT 1 FROM jobs LIMIT 1'))),
  });
  const smtpUrl = config.smtpUrl;
  if (smtpUrl) {
    list.push({
      name: 'smtp',
      check: async () => {
        const transport = nodemailer.createTransport(smtpUrl);
        try {
          await transport.verify();
        } finally {
          transport.close();
        }
      },
    });
  }
  return list;
}

@Module({
  controllers: [HealthController],
  providers: [{ provide: HEALTH_PROBES, useFactory: probes, inject: [DataSource, REDIS, APP_CONFIG] }],
})
export class OperationsModule {}
