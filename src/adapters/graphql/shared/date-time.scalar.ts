// Mobilizon's `DateTime` scalar, read strictly (issue 12.5). `new Date(text)`, which the default
// scalar used, rolls "30 February" over to 2 March and takes year 0000: an input names an instant
// only when its calendar date exists, its year is at least 1 and its offset is given.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

// ISO 8601 / RFC 3339 extended form: date, time (seconds and fraction optional), then Z or ±HH:MM.
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years below 100 as they are.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** The instant an ISO 8601 date-time with an offset names; null when it is malformed or names no real date. */
export function parseIsoDateTime(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (!m[8]) {
    const [offsetHours, offsetMins] = [Number(m[10]), Number(m[11])];
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(hour, minute - offsetMinutes, second, millis);
  // 0001-01-01T00:30+01:00 is still in year 0 at UTC, which PostgreSQL would store as 1 BC.
  return instant.getUTCFullYear() >= 1 ? instant : null;
}

// A literal's error carries its node, so that errorShapePlugin can name the argument it was typed in.
function invalid(value: unknown, node?: ValueNode): GraphQLError {
  return new GraphQLError(
    `DateTime must be an ISO 8601 date-time of a real calendar date with an offset, such as "2030-02-28T18:30:00Z", got ${JSON.stringify(value)?.slice(0, 80)}`,
    { nodes: node, extensions: { code: 'validation', status_code: 422 } },
  );
}

function parseInput(value: unknown, node?: ValueNode): Date {
  const date = typeof value === 'string' && value.length <= 64 ? parseIsoDateTime(value) : null;
  if (!date) throw invalid(value, node);
  return date;
}

/** Inputs arrive as a `Date`; outputs are written with `toISOString()` (UTC, milliseconds). */
export const DateTimeScalar = new GraphQLScalarType<Date, string | null>({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  // As the default scalar did: a value that is not a Date reads as null.
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parseInput,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid('(not a string)', ast);
    return parseInput(ast.value, ast);
  },
});
