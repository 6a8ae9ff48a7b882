// Mobilizon's web client operations on `config` must validate against our schema and answer
// without errors, with values taken from the instance settings.
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import {
  buildClientSchema,
  getIntrospectionQuery,
  isEnumType,
  isObjectType,
  getNamedType,
  buildSchema,
  parse,
  print,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { loadClientOperations } from '../support/client-ops.js';
import { ConfigGraphqlModule } from '../../src/modules/config-graphql.module.js';
import type { InstanceSettings } from '../../src/domain/administration/index.js';
import { StaticInstanceSettings } from '../fakes/static-instance-settings.js';
import { CONVENE_VERSION } from '../../src/adapters/graphql/config/version.js';

const SHARED = path.resolve(process.cwd(), '../shared');
const OPS_FILE = path.join(SHARED, 'mobilizon/client-ops/config.graphql');
const SCHEMA_FILE = path.join(SHARED, 'mobilizon/schema.graphql');
const haveShared = existsSync(OPS_FILE) && existsSync(SCHEMA_FILE);
if (!haveShared)
  console.warn(`[config-graphql] skipped: ${OPS_FILE} or ${SCHEMA_FILE} not found (the shared Mobilizon reference is absent)`);

const SETTINGS: InstanceSettings = {
  name: 'Convene Lyon',
  description: 'Events around Lyon',
  longDescription: 'A longer description of the Lyon instance.',
  slogan: 'Meet up, for real',
  contact: 'admin@lyon.example',
  registrationsOpen: true,
  registrationsAllowlist: false,
  anonymousParticipation: { allowed: true, emailConfirmationRequired: true },
  anonymousReports: true,
  anonymousActorId: '42',
  rules: 'Be kind.',
  termsType: 'DEFAULT',
  termsUrl: null,
  termsContent: null,
  privacyType: 'URL',
  privacyUrl: 'https://lyon.example/privacy',
  privacyContent: null,
  languages: ['fr', 'en'],
  primaryColor: '#1e7d97',
  secondaryColor: '#ffd599',
  uploadLimits: { default: 10 * 1024 * 1024, avatar: 2 * 1024 * 1024, banner: 4 * 1024 * 1024 },
  baseUrl: 'https://lyon.example',
  version: CONVENE_VERSION,
  defaultLocale: 'en',
};

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, path: '/api' }),
    ConfigGraphqlModule.register({ settings: { useValue: new StaticInstanceSettings(SETTINGS) } }),
  ],
})
class ConfigTestAppModule {}

interface ClientOp {
  constName: string;
  document: DocumentNode;
}

// The shared reader of the client's operation files (test/support/client-ops.ts), parsed here.
function loadClientOps(): ClientOp[] {
  return [...loadClientOperations('config.graphql').values()]
    .filter((op) => !op.clientOnly)
    .map((op) => ({ constName: op.constName, document: parse(op.document) }));
}

(haveShared ? describe : describe.skip)('config GraphQL query (Mobilizon client operations)', () => {
  let app: INestApplication;
  let url: string;
  let schema: GraphQLSchema;
  // The contract, read (never copied) from ../shared.
  const reference = haveShared ? buildSchema(readFileSync(SCHEMA_FILE, 'utf8')) : (null as never);
  const ops = haveShared ? loadClientOps() : [];

  async function post(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables, operationName }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data?: { config?: Record<string, any> | null }; errors?: unknown[] };
  }

  function op(constName: string): string {
    const found = ops.find((o) => o.constName === constName);
    if (!found) throw new Error(`no client operation ${constName}`);
    return print(found.document);
  }

  beforeAll(async () => {
    app = await NestFactory.create(ConfigTestAppModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/api`.replace('[::1]', '127.0.0.1');
    const introspection = await post(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    schema = buildClientSchema(introspection.data as unknown as IntrospectionQuery);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('finds the client operations of config.ts', () => {
    expect(ops.length).toBeGreaterThanOrEqual(30);
    expect(ops.map((o) => o.constName)).toEqual(expect.arrayContaining(['CONFIG', 'TERMS', 'PRIVACY', 'REGISTRATIONS']));
  });

  it('validates and answers every operation without errors', async () => {
    const failures: string[] = [];
    for (const { constName, document } of ops) {
      const errors = validate(schema, document);
      if (errors.length > 0) {
        failures.push(`${constName} invalid: ${errors.map((e) => e.message).join('; ')}`);
        continue;
      }
      const result = await post(print(document));
      if (result.errors) failures.push(`${constName} errors: ${JSON.stringify(result.errors)}`);
      else if (!result.data?.config) failures.push(`${constName}: no config in ${JSON.stringify(result.data)}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers the full client config from the instance settings', async () => {
    const { data, errors } = await post(op('CONFIG'));
    expect(errors).toBeUndefined();
    const config = data!.config!;
    expect(config).toMatchObject({
      name: 'Convene Lyon',
      description: 'Events around Lyon',
      slogan: 'Meet up, for real',
      version: CONVENE_VERSION,
      registrationsOpen: true,
      registrationsAllowlist: false,
      languages: ['fr', 'en'],
      primaryColor: '#1e7d97',
      secondaryColor: '#ffd599',
      instanceLogo: null,
      defaultPicture: null,
      anonymous: {
        participation: { allowed: true, validation: { email: { enabled: true, confirmationRequired: true }, captcha: { enabled: false } } },
        eventCreation: { allowed: false },
        reports: { allowed: true },
        actorId: '42',
      },
      maps: { routing: { type: 'OPENSTREETMAP' } },
      geocoding: { autocomplete: false },
      features: { groups: false, eventCreation: true },
      auth: { ldap: false, databaseLogin: true, oauthProviders: [] },
      uploadLimits: { default: 10485760, avatar: 2097152, banner: 4194304 },
      webPush: { enabled: false, publicKey: null },
      search: { global: { isEnabled: false, isDefault: false } },
      exportFormats: { eventParticipants: ['csv'] },
      resourceProviders: [],
      analytics: [],
    });
    expect(CONVENE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(config.maps.tiles.endpoint).toContain('{z}/{x}/{y}');
    expect(config.maps.tiles.attribution).toMatch(/OpenStreetMap/);
    expect(config.eventCategories).toHaveLength(30);
    expect(config.eventCategories).toContainEqual({ id: 'FOOD_DRINK', label: 'Food & Drink' });
    // Every category id is a value of the reference schema's EventCategory enum, and all are offered.
    const categoryEnum = reference.getType('EventCategory');
    expect(isEnumType(categoryEnum)).toBe(true);
    const enumValues = isEnumType(categoryEnum) ? categoryEnum.getValues().map((v) => v.name) : [];
    expect(config.eventCategories.map((c: { id: string }) => c.id).sort()).toEqual([...enumValues].sort());
  });

  it('lists IANA time zones for event edition', async () => {
    const { data, errors } = await post(op('CONFIG_EDIT_EVENT'));
    expect(errors).toBeUndefined();
    expect(data!.config!.timezones).toEqual(expect.arrayContaining(['Europe/Paris', 'America/New_York']));
    expect(data!.config!.eventCategories.length).toBeGreaterThan(0);
  });

  it('gives the default terms in the requested language, English by default', async () => {
    const fr = await post(op('TERMS'), { locale: 'fr' });
    expect(fr.errors).toBeUndefined();
    expect(fr.data!.config!.terms).toMatchObject({ type: 'DEFAULT', url: null });
    expect(fr.data!.config!.terms.bodyHtml).toContain('Conditions générales');
    expect(fr.data!.config!.terms.bodyHtml).toContain('Convene Lyon');

    const en = await post(op('TERMS'));
    expect(en.errors).toBeUndefined();
    expect(en.data!.config!.terms.bodyHtml).toContain('Terms of service of Convene Lyon');
  });

  it('points to the privacy policy URL when the admin set one', async () => {
    const { data, errors } = await post(op('PRIVACY'), { locale: 'fr' });
    expect(errors).toBeUndefined();
    expect(data!.config!.privacy).toEqual({ type: 'URL', url: 'https://lyon.example/privacy', bodyHtml: null });
  });

  it('answers the about, contact and rules pages', async () => {
    const about = await post(op('ABOUT'));
    expect(about.errors).toBeUndefined();
    expect(about.data!.config).toMatchObject({
      longDescription: 'A longer description of the Lyon instance.',
      contact: 'admin@lyon.example',
      federating: true,
      instanceFeeds: { enabled: true },
    });
    const rules = await post(op('RULES'));
    expect(rules.data!.config!.rules).toBe('Be kind.');
  });

  it('keeps the shape of Mobilizon for Config and every type it reaches', () => {
    expect(String(schema.getQueryType()!.getFields().config.type)).toBe(String(reference.getQueryType()!.getFields().config.type));
    const seen = new Set<string>();
    const differences: string[] = [];
    const compare = (name: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const expected = reference.getType(name);
      const actual = schema.getType(name);
      if (!actual || !expected || actual.constructor !== expected.constructor) {
        differences.push(`${name}: ${actual?.constructor.name ?? 'missing'} instead of ${expected?.constructor.name}`);
        return;
      }
      if (isEnumType(expected) && isEnumType(actual)) {
        const values = (t: typeof expected) =>
          t
            .getValues()
            .map((v) => v.name)
            .sort()
            .join(',');
        if (values(actual) !== values(expected)) differences.push(`${name} values: ${values(actual)} vs ${values(expected)}`);
      }
      if (isObjectType(expected) && isObjectType(actual)) {
        const actualFields = actual.getFields();
        for (const [fieldName, field] of Object.entries(expected.getFields())) {
          const mine = actualFields[fieldName];
          if (!mine) {
            differences.push(`${name}.${fieldName} missing`);
            continue;
          }
          if (String(mine.type) !== String(field.type)) differences.push(`${name}.${fieldName}: ${mine.type} vs ${field.type}`);
          const args = (f: typeof field) => f.args.map((a) => `${a.name}:${a.type}=${JSON.stringify(a.defaultValue)}`).join(',');
          if (args(mine) !== args(field)) differences.push(`${name}.${fieldName}(${args(mine)}) vs (${args(field)})`);
          compare(getNamedType(field.type).name);
        }
        for (const fieldName of Object.keys(actualFields)) {
          if (!expected.getFields()[fieldName]) differences.push(`${name}.${fieldName} is not in Mobilizon's schema`);
        }
      }
    };
    compare('Config');
    expect(differences).toEqual([]);
    expect(seen.size).toBeGreaterThan(35);
  });
});
