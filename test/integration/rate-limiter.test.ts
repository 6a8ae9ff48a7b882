// One contract, two adapters; each test uses two limiter instances on separate connections, as two
// processes sharing the limit would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import type { RateLimiter } from '../../src/domain/shared/ports/rate-limiter.js';
import { RedisRateLimiter } from '../../src/adapters/redis/redis-rate-limiter.js';
import { PostgresRateLimiter } from '../../src/adapters/typeorm/rate-limit/postgres-rate-limiter.js';
import { openTestDataSource, unique } from '../support/database.js';
import { sleep } from '../support/job-queue-contract.js';

function rateLimiterContract(label: string, open: () => Promise<{ limiters: [RateLimiter, RateLimiter]; close(): Promise<void> }>): void {
  describe(`${label} (RateLimiter contract)`, () => {
    let limiters: [RateLimiter, RateLimiter];
    let close: () => Promise<void>;

    beforeAll(async () => {
      ({ limiters, close } = await open());
    });
    afterAll(async () => {
      await close();
    });

    it('allows `limit` hits per window, then refuses', async () => {
      const key = unique('login:');
      const results: boolean[] = [];
      for (let i = 0; i < 5; i += 1) results.push(await limiters[0].hit(key, 3, 60));
      expect(results).toEqual([true, true, true, false, false]);
    });

    it('counts each key on its own', async () => {
      const [a, b] = [unique('ip:'), unique('ip:')];
      expect(await limiters[0].hit(a, 1, 60)).toBe(true);
      expect(await limiters[0].hit(a, 1, 60)).toBe(false);
      expect(await limiters[0].hit(b, 1, 60)).toBe(true);
    });

    it('allows again once the window is over', async () => {
      const key = unique('signup:');
      expect(await limiters[0].hit(key, 1, 1)).toBe(true);
      expect(await limiters[0].hit(key, 1, 1)).toBe(false);
      await sleep(1100);
      expect(await limiters[0].hit(key, 1, 1)).toBe(true);
      expect(await limiters[0].hit(key, 1, 1)).toBe(false);
    });

    it('shares the count between instances, exactly, under concurrent hits', async () => {
      const key = unique('report:');
      const results = await Promise.all(Array.from({ length: 30 }, (_, i) => limiters[i % 2].hit(key, 10, 60)));
      expect(results.filter(Boolean)).toHaveLength(10);
      expect(await limiters[1].hit(key, 10, 60)).toBe(false);
    });
  });
}

rateLimiterContract('PostgresRateLimiter', async () => {
  const dataSources = [await openTestDataSource(), await openTestDataSource()];
  return {
    limiters: [new PostgresRateLimiter(dataSources[0]), new PostgresRateLimiter(dataSources[1])],
    close: async () => void (await Promise.all(dataSources.map((dataSource) => dataSource.destroy()))),
  };
});

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  console.warn('[rate-limiter] REDIS_URL is unset: the RedisRateLimiter contract tests are skipped');
  describe.skip('RedisRateLimiter (needs REDIS_URL)', () => {
    it('passes the RateLimiter contract', () => {});
  });
} else {
  rateLimiterContract('RedisRateLimiter', async () => {
    const clients = [new Redis(redisUrl), new Redis(redisUrl)];
    // A prefix per run: keys of other runs and of the app never interfere.
    const prefix = `${unique('convene-test-rate-')}:`;
    return {
      limiters: [new RedisRateLimiter(clients[0], prefix), new RedisRateLimiter(clients[1], prefix)],
      close: async () => {
        const keys = await clients[0].keys(`${prefix}*`);
        if (keys.length > 0) await clients[0].del(...keys);
        await Promise.all(clients.map((client) => client.quit()));
      },
    };
  });
}
