/** WGS 84 coordinates in degrees. */
export interface GeoPoint {
  lon: number;
  lat: number;
}

/** An address as a geocoder found it (not stored: events keep their own copy). */
export interface GeoAddress {
  /** What to show first: the place's name, or its street line. */
  description: string | null;
  /** Street with house number. */
  street: string | null;
  locality: string | null;
  postalCode: string | null;
  region: string | null;
  country: string | null;
  geom: GeoPoint | null;
  /** The provider's kind of place ("house", "city"...). */
  type: string | null;
  /** `<provider>:<id>`, stable for one provider. */
  originId: string | null;
  url: string | null;
  /** IANA time zone id; null when unknown. */
  timezone: string | null;
}

/** Values of Mobilizon's `AddressSearchType`: narrows a search to administrative places. */
export type AddressSearchType = 'ADMINISTRATIVE';
