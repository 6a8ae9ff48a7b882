import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './app-config.js';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'convene-config-'));

describe('configuration', () => {
  it('has working defaults with nothing set, and keeps a generated JWT secret in DATA_DIR', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir }, []);
    expect(config).toMatchObject({
      role: 'all',
      port: 4000,
      baseUrl: 'http://localhost:4000',
      databaseUrl: null,
      redisUrl: null,
      smtpUrl: null,
      registrationsOpen: true,
      graphqlLimits: { maxTokens: 3000, maxDepth: 16, maxAliases: 15, maxDirectives: 20, maxCost: 20_000, maxBatch: 10 },
    });
    expect(config.jwtSecret).toBe(readFileSync(path.join(dir, 'jwt-secret'), 'utf8'));
    expect(loadConfig({ DATA_DIR: dir }, []).jwtSecret).toBe(config.jwtSecret);
  });

  it('takes the role from --role before ROLE', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), ROLE: 'api' }, ['--role=worker']).role).toBe('worker');
    expect(loadConfig({ DATA_DIR: dataDir(), ROLE: 'api' }, []).role).toBe('api');
    expect(loadConfig({ DATA_DIR: dataDir() }, ['--role', 'api']).role).toBe('api');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: expected an integer, got "abc"'],
    [{ PORT: '70000' }, 'PORT: expected 0..65535, got 70000'],
    [{ ROLE: 'boss' }, 'ROLE: expected one of all, api, worker, got "boss"'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: expected a postgres: or postgresql: URL, got "mysql:"'],
    [{ REDIS_URL: 'not a url' }, 'REDIS_URL: not a valid URL: "not a url"'],
    [{ BASE_URL: 'ftp://x' }, 'BASE_URL: expected a http: or https: URL, got "ftp:"'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET: must be at least 32 characters long'],
    [{ GRAPHQL_MAX_DEPTH: '1' }, 'GRAPHQL_MAX_DEPTH: expected 2..1000, got 1'],
    [{ GRAPHQL_MAX_COST: 'lots' }, 'GRAPHQL_MAX_COST: expected an integer, got "lots"'],
    [{ FEDERATION_ALLOW_PRIVATE_ADDRESSES: 'maybe' }, 'FEDERATION_ALLOW_PRIVATE_ADDRESSES: expected true or false, got "maybe"'],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env }, [])).toThrow(
      new ConfigError(message.split(':')[0], message.slice(message.indexOf(':') + 2)),
    );
  });

  it('derives BASE_URL from PORT and trims a trailing slash', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '8080' }, []).baseUrl).toBe('http://localhost:8080');
    expect(loadConfig({ DATA_DIR: dataDir(), BASE_URL: 'https://events.example.org/' }, []).baseUrl).toBe('https://events.example.org');
  });
});
