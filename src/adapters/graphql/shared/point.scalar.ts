// Mobilizon's `Point` scalar: a string "lon;lat" (longitude first, as in GeoJSON).
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export interface LonLat {
  lon: number;
  lat: number;
}

// A plain decimal number; `Number('')` would be 0, and "0x1F" or "1e400" are not coordinates.
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Reads "lon;lat"; null when it is not two finite numbers within longitude/latitude ranges. */
export function parsePoint(value: unknown): LonLat | null {
  if (typeof value !== 'string' || value.length > 100) return null;
  const parts = value.split(';');
  if (parts.length !== 2) return null;
  const [lonText, latText] = parts.map((p) => p.trim());
  if (!DECIMAL.test(lonText) || !DECIMAL.test(latText)) return null;
  const lon = Number(lonText);
  const lat = Number(latText);
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return null;
  return { lon, lat };
}

export function formatPoint(point: LonLat): string {
  return `${point.lon};${point.lat}`;
}

function invalidPoint(value: unknown): GraphQLError {
  return new GraphQLError(`Point must be "longitude;latitude", got ${JSON.stringify(value)?.slice(0, 80)}`, {
    extensions: { code: 'validation', status_code: 422 },
  });
}

function parseInput(value: unknown): string {
  const point = parsePoint(value);
  if (!point) throw invalidPoint(value);
  return formatPoint(point);
}

/**
 * Input values arrive as the normalized string "lon;lat" (use `parsePoint` to read it); output
 * accepts either that string or a `{ lon, lat }` object.
 */
export const PointScalar = new GraphQLScalarType<string, string>({
  name: 'Point',
  description: 'A geographic point as "longitude;latitude"',
  serialize(value) {
    if (typeof value === 'object' && value !== null && 'lon' in value && 'lat' in value) {
      const { lon, lat } = value as LonLat;
      if (typeof lon === 'number' && typeof lat === 'number') return parseInput(formatPoint({ lon, lat }));
    }
    return parseInput(value);
  },
  parseValue: parseInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalidPoint('(not a string)');
    return parseInput(ast.value);
  },
});
