import type { GeoAddress, GeoPoint } from '../../domain/geocoding/index.js';
import { Geocoder, type GeocoderReverseOptions, type GeocoderSearchOptions } from '../../domain/geocoding/index.js';
import { featuresOf, GeocoderHttp, isObject, osmId, pointOf, text, toGeoAddress, type GeocoderHttpOptions } from './geocoding-http.js';

// Photon refuses languages its index was not built with; these are the public instance's.
const PHOTON_LANGUAGES = new Set(['en', 'de', 'fr']);
const ADMINISTRATIVE_LAYERS = ['city', 'district', 'locality', 'county', 'state', 'country'];
const OSM_TYPES = new Set(['N', 'W', 'R']);

/** Photon (https://photon.komoot.io): GeoJSON, made for search-as-you-type. */
export class PhotonGeocoder extends Geocoder {
  private readonly http: GeocoderHttp;

  constructor(options: GeocoderHttpOptions) {
    super();
    this.http = new GeocoderHttp('photon', options);
  }

  override async search(query: string, options: GeocoderSearchOptions): Promise<GeoAddress[]> {
    const params = new URLSearchParams({ q: query, lang: photonLanguage(options.locale), limit: String(options.limit) });
    if (options.type === 'ADMINISTRATIVE') for (const layer of ADMINISTRATIVE_LAYERS) params.append('layer', layer);
    return this.parse(await this.http.getJson('/api', params, options.locale), options.limit);
  }

  override async reverse(point: GeoPoint, options: GeocoderReverseOptions): Promise<GeoAddress[]> {
    const params = new URLSearchParams({
      lon: String(point.lon),
      lat: String(point.lat),
      lang: photonLanguage(options.locale),
      limit: '1',
    });
    return this.parse(await this.http.getJson('/reverse', params, options.locale), 1);
  }

  private parse(body: unknown, limit: number): GeoAddress[] {
    return featuresOf(body, limit).flatMap((feature) => {
      const geom = pointOf(feature.geometry);
      const p = isObject(feature.properties) ? feature.properties : null;
      if (!geom || !p) return [];
      const id = osmId(p.osm_id);
      const osmType = typeof p.osm_type === 'string' && OSM_TYPES.has(p.osm_type) ? p.osm_type : null;
      const address = toGeoAddress(
        {
          name: text(p.name),
          housenumber: text(p.housenumber, 32),
          street: text(p.street),
          postcode: text(p.postcode),
          city: text(p.city) ?? text(p.locality),
          county: text(p.county),
          state: text(p.state),
          country: text(p.country),
          type: text(p.osm_value) ?? text(p.type),
        },
        geom,
        id && osmType ? `photon:${osmType}${id}` : null,
        null,
      );
      return [address];
    });
  }
}

function photonLanguage(locale: string): string {
  const primary = locale.split('-')[0].toLowerCase();
  return PHOTON_LANGUAGES.has(primary) ? primary : 'default';
}
