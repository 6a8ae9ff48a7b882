import { err, ok, type Result } from '../../shared/index.js';
import type { GeoAddress } from '../geo-address.js';
import { invalidField, type GeocodingError } from '../geocoding.errors.js';
import type { Geocoder } from '../ports/geocoder.js';
import { normalizeLocale } from './locale.js';

export interface ReverseGeocodeCommand {
  latitude: number;
  longitude: number;
  zoom?: number | null;
  locale?: string | null;
}

export class ReverseGeocode {
  constructor(private readonly geocoder: Geocoder) {}

  async execute(cmd: ReverseGeocodeCommand): Promise<Result<GeoAddress[], GeocodingError>> {
    const { latitude: lat, longitude: lon } = cmd;
    if (!Number.isFinite(lat) || lat < -90 || lat > 90) return err(invalidField('latitude', 'The latitude must be between -90 and 90'));
    if (!Number.isFinite(lon) || lon < -180 || lon > 180)
      return err(invalidField('longitude', 'The longitude must be between -180 and 180'));
    const locale = normalizeLocale(cmd.locale);
    if (locale === null) return err(invalidField('locale', 'Not a language tag'));
    const zoom = cmd.zoom ?? 15;
    if (!Number.isInteger(zoom)) return err(invalidField('zoom', 'The zoom must be an integer'));
    // Map zoom levels go beyond what geocoders distinguish (0..18): clamp rather than refuse.
    return ok(await this.geocoder.reverse({ lat, lon }, { locale, zoom: Math.min(Math.max(zoom, 0), 18) }));
  }
}
