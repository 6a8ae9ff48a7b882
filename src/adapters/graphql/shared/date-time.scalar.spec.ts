import { describe, expect, it } from '@jest/globals';
import { DateTimeScalar, parseIsoDateTime } from './date-time.scalar.js';

describe('DateTimeScalar (strict ISO 8601)', () => {
  it.each([
    ['2030-02-28T18:30:00Z', '2030-02-28T18:30:00.000Z'],
    ['2030-02-28T18:30:00.123Z', '2030-02-28T18:30:00.123Z'],
    ['2030-02-28T18:30:00.123456789Z', '2030-02-28T18:30:00.123Z'],
    ['2030-02-28T18:30Z', '2030-02-28T18:30:00.000Z'],
    ['2030-03-01T00:30:00+01:00', '2030-02-28T23:30:00.000Z'],
    ['2030-02-28T23:30:00-05:30', '2030-03-01T05:00:00.000Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'], // a leap year
    ['2000-02-29T12:00:00Z', '2000-02-29T12:00:00.000Z'], // divisible by 400
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
    ['0099-12-31T00:00:00Z', '0099-12-31T00:00:00.000Z'], // not read as 1999
    ['9999-12-31T23:59:59Z', '9999-12-31T23:59:59.000Z'],
  ])('reads %s as the instant %s', (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso);
    expect((DateTimeScalar.parseValue(text) as Date).toISOString()).toBe(iso);
  });

  it.each([
    ['2030-02-30T10:00:00Z', 'a day February never has'],
    ['2030-02-29T10:00:00Z', '29 February of a common year'],
    ['1900-02-29T10:00:00Z', '29 February of a century that is no leap year'],
    ['2030-04-31T10:00:00Z', '31 April'],
    ['2030-13-01T10:00:00Z', 'month 13'],
    ['2030-00-10T10:00:00Z', 'month 0'],
    ['2030-01-00T10:00:00Z', 'day 0'],
    ['0000-01-01T00:00:00Z', 'year 0'],
    ['0001-01-01T00:30:00+01:00', 'year 0 once at UTC'],
    ['2030-01-01T24:00:00Z', 'hour 24'],
    ['2030-01-01T10:60:00Z', 'minute 60'],
    ['2030-01-01T10:00:60Z', 'second 60'],
    ['2030-01-01T10:00:00+24:00', 'an offset of a day'],
    ['2030-01-01T10:00:00', 'no offset'],
    ['2030-01-01', 'a date alone'],
    ['2030-1-1T10:00:00Z', 'short fields'],
    ['+012030-01-01T10:00:00Z', 'an expanded year'],
    ['Tue, 01 Jan 2030 10:00:00 GMT', 'another format'],
    [' 2030-01-01T10:00:00Z', 'surrounding space'],
    ['', 'an empty string'],
  ])('refuses %s (%s) with a 422', (text) => {
    expect(parseIsoDateTime(text)).toBeNull();
    expect(() => DateTimeScalar.parseValue(text)).toThrow(
      expect.objectContaining({ extensions: { code: 'validation', status_code: 422 } }),
    );
  });

  it('refuses what is not a string, and writes dates in UTC', () => {
    for (const value of [1893456000000, null, {}, ['2030-01-01T10:00:00Z']]) expect(() => DateTimeScalar.parseValue(value)).toThrow();
    expect(DateTimeScalar.serialize(new Date('2030-01-01T10:00:00+02:00'))).toBe('2030-01-01T08:00:00.000Z');
  });
});
