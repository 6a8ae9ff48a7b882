import { Inject } from '@nestjs/common';
import { Args, Float, Int, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { ReverseGeocode, SearchAddress, type GeoAddress } from '../../../domain/geocoding/index.js';
import { AddressObject, formatPoint } from '../shared/address.graphql.js';
import { unwrapWith } from '../shared/unwrap.js';
import { geocodingError } from './geocoding.graphql-errors.js';

export enum AddressSearchTypeEnum {
  ADMINISTRATIVE = 'ADMINISTRATIVE',
}
registerEnumType(AddressSearchTypeEnum, {
  name: 'AddressSearchType',
  description:
    'A list of possible values for the type option to search an address.    Results may vary depending on the geocoding provider.',
  valuesMap: { ADMINISTRATIVE: { description: 'Administrative results (cities, regions,...)' } },
});

export function toAddressObject(address: GeoAddress): AddressObject {
  return Object.assign(new AddressObject(), {
    geom: address.geom ? formatPoint(address.geom) : null,
    street: address.street,
    locality: address.locality,
    postalCode: address.postalCode,
    region: address.region,
    country: address.country,
    description: address.description,
    type: address.type,
    url: address.url,
    // Found, not stored: no id yet.
    id: null,
    originId: address.originId,
    timezone: address.timezone,
    pictureInfo: null,
  });
}

const unwrap = unwrapWith(geocodingError);

/** Address lookups for the event form's address field; open to anyone, as in Mobilizon. */
@Resolver(() => AddressObject)
export class AddressResolver {
  constructor(
    @Inject(SearchAddress) private readonly searchAddresses: SearchAddress,
    @Inject(ReverseGeocode) private readonly reverseGeocoder: ReverseGeocode,
  ) {}

  @Query(() => [AddressObject], { name: 'searchAddress', nullable: 'itemsAndList', description: 'Search for an address' })
  async searchAddress(
    @Args('query', { type: () => String }) query: string,
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) locale: string | null,
    @Args('page', { type: () => Int, nullable: true, defaultValue: 1 }) page: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 10 }) limit: number | null,
    @Args('type', { type: () => AddressSearchTypeEnum, nullable: true }) type: AddressSearchTypeEnum | null,
  ): Promise<AddressObject[]> {
    const found = unwrap(await this.searchAddresses.execute({ query, locale, page, limit, type }));
    return found.map(toAddressObject);
  }

  @Query(() => [AddressObject], { name: 'reverseGeocode', nullable: 'itemsAndList', description: 'Reverse geocode coordinates' })
  async reverseGeocode(
    @Args('longitude', { type: () => Float }) longitude: number,
    @Args('latitude', { type: () => Float }) latitude: number,
    @Args('zoom', { type: () => Int, nullable: true, defaultValue: 15 }) zoom: number | null,
    @Args('locale', { type: () => String, nullable: true, defaultValue: 'en' }) locale: string | null,
  ): Promise<AddressObject[]> {
    const found = unwrap(await this.reverseGeocoder.execute({ latitude, longitude, zoom, locale }));
    return found.map(toAddressObject);
  }
}
