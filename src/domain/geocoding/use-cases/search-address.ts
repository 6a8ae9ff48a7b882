import { err, ok, type Result } from '../../shared/index.js';
import type { AddressSearchType, GeoAddress } from '../geo-address.js';
import { invalidField, type GeocodingError } from '../geocoding.errors.js';
import type { Geocoder } from '../ports/geocoder.js';
import { normalizeLocale } from './locale.js';

export const MAX_QUERY_LENGTH = 200;
/** Results reachable through paging: geocoders rank well only the first few dozen. */
export const MAX_RESULTS = 50;

export interface SearchAddressCommand {
  query: string;
  locale?: string | null;
  page?: number | null;
  limit?: number | null;
  type?: AddressSearchType | null;
}

export class SearchAddress {
  constructor(private readonly geocoder: Geocoder) {}

  async execute(cmd: SearchAddressCommand): Promise<Result<GeoAddress[], GeocodingError>> {
    const query = cmd.query.trim();
    if (query.length === 0) return err(invalidField('query', 'The search text is empty'));
    if (query.length > MAX_QUERY_LENGTH)
      return err(invalidField('query', `The search text is too long (at most ${MAX_QUERY_LENGTH} characters)`));
    const locale = normalizeLocale(cmd.locale);
    if (locale === null) return err(invalidField('locale', 'Not a language tag'));
    const page = cmd.page ?? 1;
    if (!Number.isInteger(page) || page < 1) return err(invalidField('page', 'The page must be 1 or more'));
    const requested = cmd.limit ?? 10;
    if (!Number.isInteger(requested) || requested < 1) return err(invalidField('limit', 'The limit must be 1 or more'));
    const limit = Math.min(requested, MAX_RESULTS);

    // Geocoders have no offset: ask for everything up to the end of the page and keep the page.
    const offset = (page - 1) * limit;
    if (offset >= MAX_RESULTS) return ok([]);
    const wanted = Math.min(offset + limit, MAX_RESULTS);
    const found = await this.geocoder.search(query, { locale, limit: wanted, type: cmd.type ?? null });
    return ok(found.slice(offset, wanted));
  }
}
