// What Nominatim and Photon adapters share: a careful HTTP GET for JSON and readers that accept
// only well-typed, bounded values from the answer (a geocoder is a remote party: trust nothing).
import type { GeoAddress, GeoPoint } from '../../domain/geocoding/index.js';

export interface GeocoderHttpOptions {
  /** The service's root, e.g. https://nominatim.openstreetmap.org */
  baseUrl: string;
  /** Nominatim's usage policy requires an identifying User-Agent. */
  userAgent: string;
  /** Default 5 s: an address field should not hang on a slow service. */
  timeoutMs?: number;
  /** Default 1 MiB. */
  maxBytes?: number;
  log?: (line: string) => void;
}

export class GeocoderHttp {
  private readonly base: string;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly log: (line: string) => void;

  constructor(
    readonly name: string,
    private readonly options: GeocoderHttpOptions,
  ) {
    this.base = options.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.log = options.log ?? ((line) => console.warn(line));
  }

  /** The parsed JSON body, or null (logged) when the service fails, is slow or answers nonsense. */
  async getJson(path: string, params: URLSearchParams, locale: string): Promise<unknown> {
    const url = `${this.base}${path}?${params.toString()}`;
    try {
      const response = await fetch(url, {
        headers: { 'User-Agent': this.options.userAgent, 'Accept-Language': locale, Accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel();
        this.log(`geocoder ${this.name}: HTTP ${response.status} for ${path}`);
        return null;
      }
      const text = await this.readText(response);
      if (text === null) {
        this.log(`geocoder ${this.name}: answer larger than ${this.maxBytes} bytes for ${path}`);
        return null;
      }
      return JSON.parse(text) as unknown;
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.log(`geocoder ${this.name}: ${path} failed (${reason.slice(0, 200)})`);
      return null;
    }
  }

  // Streams the body and gives up past maxBytes, whatever Content-Length claimed.
  private async readText(response: Response): Promise<string | null> {
    if (!response.body) return '';
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > this.maxBytes) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Control characters (including bidi overrides) have no place in an address shown to users.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A trimmed, printable string of at most `max` characters; numbers (house numbers) are accepted. */
export function text(value: unknown, max = 255): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const clean = value.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean.slice(0, max);
}

/** An OSM id: a positive integer, given as a number or a string of digits. */
export function osmId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^\d{1,20}$/.test(value)) return value;
  return null;
}

/** A GeoJSON Point geometry's [lon, lat], checked to be on Earth. */
export function pointOf(geometry: unknown): GeoPoint | null {
  if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) return null;
  const [lon, lat] = geometry.coordinates as unknown[];
  if (typeof lon !== 'number' || typeof lat !== 'number') return null;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return { lon, lat };
}

/** The features of a GeoJSON FeatureCollection, at most `limit` of them; [] for anything else. */
export function featuresOf(body: unknown, limit: number): Json[] {
  if (!isObject(body) || !Array.isArray(body.features)) return [];
  return body.features.slice(0, limit).filter(isObject);
}

const SETTLEMENTS = new Set(['city', 'town', 'village', 'hamlet', 'municipality', 'locality', 'suburb']);

export interface AddressParts {
  name: string | null;
  housenumber: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  county: string | null;
  state: string | null;
  country: string | null;
  type: string | null;
}

/** Builds a GeoAddress the way Mobilizon presents them: "10 Rue Jangot", locality "Lyon"... */
export function toGeoAddress(parts: AddressParts, geom: GeoPoint, originId: string | null, label: string | null): GeoAddress {
  const street = parts.street ? text(parts.housenumber ? `${parts.housenumber} ${parts.street}` : parts.street) : null;
  // A place that is itself a town has no "city" property: it is its own locality.
  const locality = parts.city ?? (parts.type && SETTLEMENTS.has(parts.type) ? parts.name : null) ?? parts.county;
  return {
    description: parts.name ?? street ?? text(label?.split(',')[0]) ?? locality,
    street,
    locality,
    postalCode: text(parts.postcode, 32),
    region: parts.state,
    country: parts.country,
    geom,
    type: text(parts.type, 64),
    originId,
    url: null,
    timezone: null,
  };
}
