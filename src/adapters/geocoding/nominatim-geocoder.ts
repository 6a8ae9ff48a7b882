import type { GeoAddress, GeoPoint } from '../../domain/geocoding/index.js';
import { Geocoder, type GeocoderReverseOptions, type GeocoderSearchOptions } from '../../domain/geocoding/index.js';
import {
  featuresOf,
  GeocoderHttp,
  isObject,
  osmId,
  pointOf,
  text,
  toGeoAddress,
  type GeocoderHttpOptions,
  type Json,
} from './geocoding-http.js';

/** Nominatim answers at most 40 results per request. */
const NOMINATIM_MAX_LIMIT = 40;

/**
 * Nominatim (https://nominatim.org) in its GeocodeJSON format, as Mobilizon asks for it. The public
 * nominatim.openstreetmap.org allows 1 request/s and no autocomplete: use your own for busy instances.
 */
export class NominatimGeocoder extends Geocoder {
  private readonly http: GeocoderHttp;

  constructor(options: GeocoderHttpOptions) {
    super();
    this.http = new GeocoderHttp('nominatim', options);
  }

  override async search(query: string, options: GeocoderSearchOptions): Promise<GeoAddress[]> {
    const limit = Math.min(options.limit, NOMINATIM_MAX_LIMIT);
    const params = new URLSearchParams({
      format: 'geocodejson',
      q: query,
      limit: String(limit),
      'accept-language': options.locale,
      addressdetails: '1',
    });
    // Cities, regions and countries only.
    if (options.type === 'ADMINISTRATIVE') params.set('featureType', 'settlement');
    return this.parse(await this.http.getJson('/search', params, options.locale), limit);
  }

  override async reverse(point: GeoPoint, options: GeocoderReverseOptions): Promise<GeoAddress[]> {
    const params = new URLSearchParams({
      format: 'geocodejson',
      lat: String(point.lat),
      lon: String(point.lon),
      zoom: String(options.zoom),
      'accept-language': options.locale,
      addressdetails: '1',
    });
    return this.parse(await this.http.getJson('/reverse', params, options.locale), 1);
  }

  private parse(body: unknown, limit: number): GeoAddress[] {
    return featuresOf(body, limit).flatMap((feature) => {
      const geom = pointOf(feature.geometry);
      const properties = isObject(feature.properties) ? feature.properties : null;
      const g: Json | null = properties && isObject(properties.geocoding) ? properties.geocoding : null;
      if (!geom || !g) return [];
      const id = osmId(g.osm_id);
      const address = toGeoAddress(
        {
          name: text(g.name),
          housenumber: text(g.housenumber, 32),
          street: text(g.street),
          postcode: text(g.postcode),
          city: text(g.city) ?? text(g.locality),
          county: text(g.county),
          state: text(g.state),
          country: text(g.country),
          type: text(g.type),
        },
        geom,
        // Mobilizon's form, so addresses from both compare equal.
        id ? `nominatim:${id}` : null,
        text(g.label, 1000),
      );
      return [address];
    });
  }
}
