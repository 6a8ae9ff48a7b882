import { describe, expect, it } from '@jest/globals';
import type { GeoAddress, GeoPoint } from '../geo-address.js';
import { Geocoder, NoGeocoder, type GeocoderReverseOptions, type GeocoderSearchOptions } from '../ports/geocoder.js';
import { ReverseGeocode } from './reverse-geocode.js';
import { SearchAddress } from './search-address.js';

const address = (n: number): GeoAddress => ({
  description: `Place ${n}`,
  street: null,
  locality: null,
  postalCode: null,
  region: null,
  country: null,
  geom: { lon: n / 100, lat: n / 100 },
  type: 'house',
  originId: `fake:${n}`,
  url: null,
  timezone: null,
});

/** Answers `count` numbered places (never more than asked) and remembers the calls. */
class FakeGeocoder extends Geocoder {
  readonly searches: { query: string; options: GeocoderSearchOptions }[] = [];
  readonly reverses: { point: GeoPoint; options: GeocoderReverseOptions }[] = [];

  constructor(private readonly count = 100) {
    super();
  }

  override async search(query: string, options: GeocoderSearchOptions): Promise<GeoAddress[]> {
    this.searches.push({ query, options });
    return Array.from({ length: Math.min(this.count, options.limit) }, (_, i) => address(i + 1));
  }

  override async reverse(point: GeoPoint, options: GeocoderReverseOptions): Promise<GeoAddress[]> {
    this.reverses.push({ point, options });
    return [address(1)];
  }
}

describe('SearchAddress', () => {
  it('trims the query, defaults locale/page/limit and passes the type', async () => {
    const geocoder = new FakeGeocoder();
    const result = await new SearchAddress(geocoder).execute({ query: '  10 rue Jangot ', type: 'ADMINISTRATIVE' });
    expect(result.ok && result.value).toHaveLength(10);
    expect(geocoder.searches).toEqual([{ query: '10 rue Jangot', options: { locale: 'en', limit: 10, type: 'ADMINISTRATIVE' } }]);
  });

  it('pages by asking for everything up to the end of the page', async () => {
    const geocoder = new FakeGeocoder();
    const result = await new SearchAddress(geocoder).execute({ query: 'Lyon', page: 2, limit: 5, locale: 'fr_FR' });
    expect(result.ok && result.value.map((a) => a.originId)).toEqual(['fake:6', 'fake:7', 'fake:8', 'fake:9', 'fake:10']);
    expect(geocoder.searches[0].options).toEqual({ locale: 'fr-FR', limit: 10, type: null });
  });

  it('caps the limit at 50 and answers nothing past the 50th result without asking', async () => {
    const geocoder = new FakeGeocoder();
    const capped = await new SearchAddress(geocoder).execute({ query: 'Lyon', limit: 1000 });
    expect(capped.ok && capped.value).toHaveLength(50);
    const beyond = await new SearchAddress(geocoder).execute({ query: 'Lyon', limit: 10, page: 6 });
    expect(beyond).toEqual({ ok: true, value: [] });
    expect(geocoder.searches).toHaveLength(1);
  });

  it('refuses an empty or too long query, a bad locale, page or limit', async () => {
    const search = new SearchAddress(new FakeGeocoder());
    const fieldOf = async (cmd: Parameters<SearchAddress['execute']>[0]) => {
      const result = await search.execute(cmd);
      return result.ok ? null : result.error.fields[0].field;
    };
    expect(await fieldOf({ query: '   ' })).toBe('query');
    expect(await fieldOf({ query: 'x'.repeat(201) })).toBe('query');
    expect(await fieldOf({ query: 'x'.repeat(200) })).toBeNull();
    expect(await fieldOf({ query: 'Lyon', locale: 'fr&x=1' })).toBe('locale');
    expect(await fieldOf({ query: 'Lyon', page: 0 })).toBe('page');
    expect(await fieldOf({ query: 'Lyon', limit: 0 })).toBe('limit');
  });

  it('finds nothing with no geocoder', async () => {
    expect(await new SearchAddress(new NoGeocoder()).execute({ query: 'Lyon' })).toEqual({ ok: true, value: [] });
  });
});

describe('ReverseGeocode', () => {
  it('passes the point, locale and a clamped zoom', async () => {
    const geocoder = new FakeGeocoder();
    const result = await new ReverseGeocode(geocoder).execute({ latitude: 45.75, longitude: 4.84, zoom: 22, locale: 'fr' });
    expect(result.ok && result.value[0].originId).toBe('fake:1');
    expect(geocoder.reverses).toEqual([{ point: { lat: 45.75, lon: 4.84 }, options: { locale: 'fr', zoom: 18 } }]);
  });

  it('refuses coordinates out of range', async () => {
    const reverse = new ReverseGeocode(new FakeGeocoder());
    const lat = await reverse.execute({ latitude: 91, longitude: 0 });
    const lon = await reverse.execute({ latitude: 0, longitude: -180.5 });
    const nan = await reverse.execute({ latitude: Number.NaN, longitude: 0 });
    expect([lat, lon, nan].map((r) => (r.ok ? null : r.error.fields[0].field))).toEqual(['latitude', 'longitude', 'latitude']);
  });

  it('finds nothing with no geocoder', async () => {
    expect(await new ReverseGeocode(new NoGeocoder()).execute({ latitude: 45, longitude: 4 })).toEqual({ ok: true, value: [] });
  });
});
