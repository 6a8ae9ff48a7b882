import type { AddressSearchType, GeoAddress, GeoPoint } from '../geo-address.js';

export interface GeocoderSearchOptions {
  /** BCP 47 language tag for the names returned. */
  locale: string;
  /** At most this many results. */
  limit: number;
  type?: AddressSearchType | null;
}

export interface GeocoderReverseOptions {
  locale: string;
  /** Detail level as in OSM tiles: 3 country .. 18 building. */
  zoom: number;
}

/**
 * A geocoding service. Implementations never throw for the service's failures (down, slow, odd
 * answer): they log and return [] so that an address field degrades to typing the address in full
 * rather than to an error.
 */
export abstract class Geocoder {
  abstract search(query: string, options: GeocoderSearchOptions): Promise<GeoAddress[]>;
  abstract reverse(point: GeoPoint, options: GeocoderReverseOptions): Promise<GeoAddress[]>;
}

/** The instance has no geocoder: every lookup finds nothing. */
export class NoGeocoder extends Geocoder {
  override async search(): Promise<GeoAddress[]> {
    return [];
  }

  override async reverse(): Promise<GeoAddress[]> {
    return [];
  }
}
