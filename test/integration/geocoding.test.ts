// The geocoder adapters against a local fake Nominatim/Photon answering with the real documents of
// ../shared/fixtures/geocoding, then `searchAddress`/`reverseGeocode` through the running app with
// the Mobilizon web client's own operations.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isObjectType,
  parse,
  validate,
  type GraphQLArgument,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { NominatimGeocoder } from '../../src/adapters/geocoding/nominatim-geocoder.js';
import { PhotonGeocoder } from '../../src/adapters/geocoding/photon-geocoder.js';
import type { GeoAddress } from '../../src/domain/geocoding/index.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { SHARED_DIR, hasClientOps, loadClientOperations, operation } from '../support/client-ops.js';

const FIXTURES = path.join(SHARED_DIR, 'fixtures/geocoding');
const FILES = ['nominatim-search.json', 'nominatim-geocode.json', 'photon-search.json'];
const haveFixtures = FILES.every((f) => existsSync(path.join(FIXTURES, f)));
if (!haveFixtures) console.warn(`[geocoding] skipped: fixtures ${FILES.join(', ')} not found in ${FIXTURES}`);
const run = haveFixtures ? describe : describe.skip;
const runWithOps = haveFixtures && hasClientOps ? describe : describe.skip;
if (haveFixtures && !hasClientOps) console.warn('[geocoding] e2e skipped: ../shared/mobilizon/client-ops is absent');

const fixture = (name: string): string => readFileSync(path.join(FIXTURES, name), 'utf8');

interface Seen {
  path: string;
  params: URLSearchParams;
  headers: IncomingMessage['headers'];
}

/** Answers by path; `override` replaces every answer (errors, hostile documents, silence). */
class FakeGeocoderServer {
  readonly seen: Seen[] = [];
  override: ((res: import('node:http').ServerResponse) => void) | null = null;
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://fake');
      this.seen.push({ path: url.pathname, params: url.searchParams, headers: req.headers });
      if (this.override) return this.override(res);
      const body = {
        '/search': () => fixture('nominatim-search.json'),
        '/reverse': () => (url.searchParams.has('format') ? fixture('nominatim-geocode.json') : fixture('photon-search.json')),
        '/api': () => fixture('photon-search.json'),
      }[url.pathname];
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(body());
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  last(): Seen {
    return this.seen[this.seen.length - 1];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const USER_AGENT = 'Convene/test (+http://convene.test)';

const JANGOT: GeoAddress = {
  description: '10 Rue Jangot',
  street: '10 Rue Jangot',
  locality: 'Lyon',
  postalCode: '69007',
  region: 'Auvergne-Rhône-Alpes',
  country: 'France',
  geom: { lon: 4.8425657, lat: 45.7517141 },
  type: 'house',
  originId: 'nominatim:3078260611',
  url: null,
  timezone: null,
};

run('geocoder adapters against a fake server speaking the real formats', () => {
  const fake = new FakeGeocoderServer();
  const logs: string[] = [];
  let nominatim: NominatimGeocoder;
  let photon: PhotonGeocoder;

  beforeAll(async () => {
    await fake.start();
    const log = (line: string) => logs.push(line);
    nominatim = new NominatimGeocoder({ baseUrl: `${fake.url}/`, userAgent: USER_AGENT, log, timeoutMs: 300 });
    photon = new PhotonGeocoder({ baseUrl: fake.url, userAgent: USER_AGENT, log, timeoutMs: 300 });
  });
  afterAll(async () => {
    await fake.stop();
  });

  describe('Nominatim', () => {
    it('searches in GeocodeJSON and maps the address as Mobilizon does', async () => {
      const found = await nominatim.search('10 rue Jangot', { locale: 'fr', limit: 5 });
      expect(found).toEqual([JANGOT]);
      const { path: p, params, headers } = fake.last();
      expect(p).toBe('/search');
      expect(Object.fromEntries(params)).toEqual({
        format: 'geocodejson',
        q: '10 rue Jangot',
        limit: '5',
        'accept-language': 'fr',
        addressdetails: '1',
      });
      expect(headers['user-agent']).toBe(USER_AGENT);
      expect(headers['accept-language']).toBe('fr');
    });

    it('narrows administrative searches to settlements and caps the limit at 40', async () => {
      await nominatim.search('Lyon', { locale: 'en', limit: 50, type: 'ADMINISTRATIVE' });
      expect(fake.last().params.get('featureType')).toBe('settlement');
      expect(fake.last().params.get('limit')).toBe('40');
    });

    it('reverse geocodes a point with the zoom asked', async () => {
      const found = await nominatim.reverse({ lat: 45.751718, lon: 4.842569 }, { locale: 'en-GB', zoom: 18 });
      expect(found).toEqual([JANGOT]);
      const { path: p, params } = fake.last();
      expect(p).toBe('/reverse');
      expect(Object.fromEntries(params)).toEqual({
        format: 'geocodejson',
        lat: '45.751718',
        lon: '4.842569',
        zoom: '18',
        'accept-language': 'en-GB',
        addressdetails: '1',
      });
    });
  });

  describe('Photon', () => {
    it('searches and maps every feature', async () => {
      const found = await photon.search('10 rue Jangot', { locale: 'fr-FR', limit: 5 });
      expect(found).toEqual([
        { ...JANGOT, originId: 'photon:N3078260611' },
        {
          ...JANGOT,
          description: '10bis Rue Jangot',
          street: '10bis Rue Jangot',
          geom: { lon: 4.8424254, lat: 45.7517056 },
          originId: 'photon:N3078260612',
        },
      ]);
      const { path: p, params, headers } = fake.last();
      expect(p).toBe('/api');
      expect(Object.fromEntries(params)).toEqual({ q: '10 rue Jangot', lang: 'fr', limit: '5' });
      expect(headers['user-agent']).toBe(USER_AGENT);
    });

    it('asks for administrative layers, and for the default language when Photon lacks the locale', async () => {
      await photon.search('Lyon', { locale: 'it', limit: 3, type: 'ADMINISTRATIVE' });
      expect(fake.last().params.getAll('layer')).toEqual(['city', 'district', 'locality', 'county', 'state', 'country']);
      expect(fake.last().params.get('lang')).toBe('default');
    });

    it('keeps only the nearest result of a reverse lookup', async () => {
      const found = await photon.reverse({ lat: 45.7517141, lon: 4.8425657 }, { locale: 'en', zoom: 15 });
      expect(found.map((a) => a.originId)).toEqual(['photon:N3078260611']);
      expect(fake.last().path).toBe('/reverse');
      expect(Object.fromEntries(fake.last().params)).toEqual({ lon: '4.8425657', lat: '45.7517141', lang: 'en', limit: '1' });
    });
  });

  describe('a failing or hostile service gives empty lists, logged', () => {
    const answering = async (body: string, status = 200) => {
      fake.override = (res) => res.writeHead(status, { 'content-type': 'application/json' }).end(body);
      try {
        return [await nominatim.search('Lyon', { locale: 'en', limit: 10 }), await photon.search('Lyon', { locale: 'en', limit: 10 })];
      } finally {
        fake.override = null;
      }
    };

    it('on HTTP 500', async () => {
      logs.length = 0;
      expect(await answering('{"error":"boom"}', 500)).toEqual([[], []]);
      expect(logs).toEqual(['geocoder nominatim: HTTP 500 for /search', 'geocoder photon: HTTP 500 for /api']);
    });

    it('on a silent server (timeout)', async () => {
      logs.length = 0;
      fake.override = () => {}; // never answers
      const started = Date.now();
      try {
        expect(await nominatim.reverse({ lat: 1, lon: 1 }, { locale: 'en', zoom: 10 })).toEqual([]);
      } finally {
        fake.override = null;
      }
      expect(Date.now() - started).toBeLessThan(3000);
      expect(logs[0]).toMatch(/geocoder nominatim: \/reverse failed \(TimeoutError/);
    });

    it('on a refused connection', async () => {
      const closed = new FakeGeocoderServer();
      await closed.start();
      await closed.stop();
      const gone = new PhotonGeocoder({ baseUrl: closed.url, userAgent: USER_AGENT, log: (line) => logs.push(line) });
      expect(await gone.search('Lyon', { locale: 'en', limit: 1 })).toEqual([]);
    });

    it('on documents that are not JSON, not collections, or too large', async () => {
      expect(await answering('<html>gateway</html>')).toEqual([[], []]);
      expect(await answering('[1, 2, 3]')).toEqual([[], []]);
      expect(await answering('{"features": "none"}')).toEqual([[], []]);
      const small = new NominatimGeocoder({ baseUrl: fake.url, userAgent: USER_AGENT, maxBytes: 200, log: (line) => logs.push(line) });
      expect(await small.search('10 rue Jangot', { locale: 'en', limit: 1 })).toEqual([]);
      expect(logs[logs.length - 1]).toBe('geocoder nominatim: answer larger than 200 bytes for /search');
    });

    it('skips malformed features and tames the strings of the others', async () => {
      const good = (properties: Record<string, unknown>, coordinates: unknown = [4.84, 45.75]) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates },
        properties: { geocoding: properties, ...properties },
      });
      const document = JSON.stringify({
        type: 'FeatureCollection',
        features: [
          null,
          'feature',
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: [
                [0, 0],
                [1, 1],
              ],
            },
            properties: { geocoding: { name: 'line' } },
          },
          good({ name: 'far away' }, [4.84, 200]),
          good({ name: 'strings' }, ['4.84', '45.75']),
          good({ name: 'no id' }, [4.84]),
          { type: 'Feature', geometry: { type: 'Point', coordinates: [1, 1] } },
          good({
            name: `Evil\u202e\u0000 ${'x'.repeat(10_000)}`,
            street: { $gt: '' },
            housenumber: 12,
            city: ['Lyon'],
            postcode: '69007',
            osm_id: '1; DROP TABLE',
            osm_type: 'X',
            type: 'house',
          }),
        ],
      });
      const [fromNominatim, fromPhoton] = await answering(document);
      for (const found of [fromNominatim, fromPhoton]) {
        expect(found).toHaveLength(1);
        const [evil] = found;
        expect(evil.description).toHaveLength(255);
        expect(evil.description!.startsWith('Evil xxx')).toBe(true);
        expect(evil).toMatchObject({ street: null, locality: null, postalCode: '69007', originId: null, geom: { lon: 4.84, lat: 45.75 } });
      }
    });
  });
});

runWithOps('searchAddress and reverseGeocode through the running app', () => {
  const fake = new FakeGeocoderServer();
  let app: TestApp;
  let bare: TestApp;
  const SEARCH = () => operation('address.graphql', 'ADDRESS');
  const REVERSE = () => operation('address.graphql', 'REVERSE_GEOCODE');

  beforeAll(async () => {
    await fake.start();
    [app, bare] = await Promise.all([startTestApp({ GEOCODER: 'nominatim', GEOCODER_URL: fake.url }), startTestApp()]);
  });
  afterAll(async () => {
    await Promise.all([app?.close(), bare?.close()]);
    await fake.stop();
  });

  it("validates every operation of the client's address.graphql against the running schema", async () => {
    const res = await app.client().gql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(res.data);
    const ops = [...loadClientOperations('address.graphql').values()].filter((op) => !op.clientOnly);
    expect(ops.map((op) => op.constName).sort()).toEqual(['ADDRESS', 'REVERSE_GEOCODE']);
    for (const op of ops)
      expect({ op: op.constName, errors: validate(schema, parse(op.document)).map((e) => e.message) }).toEqual({
        op: op.constName,
        errors: [],
      });
  });

  it("matches Mobilizon's schema for addresses and their queries", async () => {
    const res = await app.client().gql<IntrospectionQuery>(getIntrospectionQuery());
    const ours = buildClientSchema(res.data);
    const theirs = buildSchema(readFileSync(path.join(SHARED_DIR, 'mobilizon/schema.graphql'), 'utf8'));
    // Names, types, nullability, arguments and defaults (descriptions aside).
    const shape = (schema: GraphQLSchema, name: string): unknown => {
      const type = schema.getType(name);
      if (isEnumType(type)) return type.getValues().map((v) => v.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        return Object.values(type.getFields())
          .map((f) => {
            const args =
              'args' in f ? f.args.map((a: GraphQLArgument) => `${a.name}: ${String(a.type)} = ${JSON.stringify(a.defaultValue)}`) : [];
            return `${f.name}: ${String(f.type)} (${args.sort().join(', ')})`;
          })
          .sort();
      }
      return type ? String(type) : null;
    };
    // AddressInput is checked by address.graphql.spec.ts: it is in the schema once a mutation takes it.
    for (const name of ['Address', 'PictureInfo', 'PictureInfoElement', 'AddressSearchType', 'Point']) {
      expect({ name, shape: shape(ours, name) }).toEqual({ name, shape: shape(theirs, name) });
    }
    const query = (schema: GraphQLSchema) =>
      (shape(schema, schema.getQueryType()!.name) as string[]).filter((f) => /^(searchAddress|reverseGeocode):/.test(f));
    expect(query(ours)).toHaveLength(2);
    expect(query(ours)).toEqual(query(theirs));
  });

  it('searches an address with the client operation', async () => {
    const op = SEARCH();
    const res = await app.client().gql(op.document, { query: '10 rue Jangot', locale: 'fr' }, op.operationName);
    expect(res.errors).toBeUndefined();
    expect(res.data.searchAddress).toEqual([
      {
        id: null,
        description: '10 Rue Jangot',
        geom: '4.8425657;45.7517141',
        street: '10 Rue Jangot',
        locality: 'Lyon',
        postalCode: '69007',
        region: 'Auvergne-Rhône-Alpes',
        country: 'France',
        type: 'house',
        url: null,
        originId: 'nominatim:3078260611',
        timezone: null,
        pictureInfo: null,
      },
    ]);
    const { params, headers } = fake.last();
    expect(params.get('q')).toBe('10 rue Jangot');
    expect(params.get('accept-language')).toBe('fr');
    expect(params.get('limit')).toBe('10');
    expect(headers['user-agent']).toMatch(/^Convene\/\S+ \(\+http:\/\/convene-\d+-\d+\.test\)$/);
  });

  it('reverse geocodes with the client operation', async () => {
    const op = REVERSE();
    const res = await app.client().gql(op.document, { latitude: 45.751718, longitude: 4.842569, zoom: 18, locale: 'en' }, op.operationName);
    expect(res.errors).toBeUndefined();
    expect(res.data.reverseGeocode.map((a: { geom: string; locality: string }) => [a.geom, a.locality])).toEqual([
      ['4.8425657;45.7517141', 'Lyon'],
    ]);
    expect(fake.last().params.get('zoom')).toBe('18');
  });

  it('refuses bad input as a validation error without calling the geocoder', async () => {
    const before = fake.seen.length;
    const search = SEARCH();
    const empty = await app.client().gql(search.document, { query: '   ' }, search.operationName);
    expect(empty.errors?.[0]).toMatchObject({ code: 'validation', field: 'query' });
    const reverse = REVERSE();
    const offEarth = await app.client().gql(reverse.document, { latitude: 123, longitude: 4 }, reverse.operationName);
    expect(offEarth.errors?.[0]).toMatchObject({ code: 'validation', field: 'latitude' });
    expect(fake.seen.length).toBe(before);
  });

  it('answers empty lists when the geocoder is down', async () => {
    fake.override = (res) => res.writeHead(503).end();
    try {
      const op = SEARCH();
      const res = await app.client().gql(op.document, { query: 'Lyon' }, op.operationName);
      expect(res.errors).toBeUndefined();
      expect(res.data.searchAddress).toEqual([]);
    } finally {
      fake.override = null;
    }
  });

  it('tells the client which geocoder is configured', async () => {
    const query = '{ config { geocoding { provider autocomplete } } }';
    expect((await app.client().gql(query)).data.config.geocoding).toEqual({
      provider: 'Elixir.Mobilizon.Service.Geospatial.Nominatim',
      autocomplete: true,
    });
    expect((await bare.client().gql(query)).data.config.geocoding).toEqual({ provider: null, autocomplete: false });
  });

  it('answers empty lists with no geocoder configured', async () => {
    const before = fake.seen.length;
    const search = SEARCH();
    const reverse = REVERSE();
    const found = await bare.client().gql(search.document, { query: '10 rue Jangot' }, search.operationName);
    const near = await bare.client().gql(reverse.document, { latitude: 45.75, longitude: 4.84 }, reverse.operationName);
    expect([found.errors, near.errors]).toEqual([undefined, undefined]);
    expect([found.data.searchAddress, near.data.reverseGeocode]).toEqual([[], []]);
    expect(fake.seen.length).toBe(before);
  });
});
