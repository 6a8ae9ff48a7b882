import { Module } from '@nestjs/common';
import { NominatimGeocoder } from '../adapters/geocoding/nominatim-geocoder.js';
import { PhotonGeocoder } from '../adapters/geocoding/photon-geocoder.js';
import { CONVENE_VERSION } from '../adapters/graphql/config/version.js';
import { AddressResolver } from '../adapters/graphql/geocoding/address.resolver.js';
import { Geocoder, NoGeocoder, ReverseGeocode, SearchAddress } from '../domain/geocoding/index.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG, LOG_LINE } from './tokens.js';
import { useCase } from './use-case.js';

export function geocoderFrom(config: AppConfig, log: (line: string) => void): Geocoder {
  const { provider, url } = config.geocoder;
  if (provider === 'none' || url === null) return new NoGeocoder();
  // Nominatim's usage policy: identify the application and give a way to reach its operator.
  const options = { baseUrl: url, userAgent: `Convene/${CONVENE_VERSION} (+${config.baseUrl})`, log };
  return provider === 'nominatim' ? new NominatimGeocoder(options) : new PhotonGeocoder(options);
}

/** `searchAddress` and `reverseGeocode`, through the geocoder chosen by GEOCODER / GEOCODER_URL. */
@Module({
  providers: [
    { provide: Geocoder, useFactory: geocoderFrom, inject: [APP_CONFIG, LOG_LINE] },
    useCase(SearchAddress, [Geocoder]),
    useCase(ReverseGeocode, [Geocoder]),
    AddressResolver,
  ],
  exports: [Geocoder],
})
export class GeocodingModule {}

/**
 * What `config.geocoding` tells the client. The provider is named as Mobilizon names it. Like
 * Mobilizon, no autocomplete on the public Nominatim: its usage policy forbids it.
 */
export function geocodingSettings(config: AppConfig): { provider: string; autocomplete: boolean } | null {
  const { provider, url } = config.geocoder;
  if (provider === 'none' || url === null) return null;
  const name = provider === 'nominatim' ? 'Nominatim' : 'Photon';
  const publicNominatim = provider === 'nominatim' && new URL(url).hostname === 'nominatim.openstreetmap.org';
  return { provider: `Elixir.Mobilizon.Service.Geospatial.${name}`, autocomplete: !publicNominatim };
}
