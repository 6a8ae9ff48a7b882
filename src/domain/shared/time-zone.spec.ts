import { describe, expect, it } from '@jest/globals';
import { isTimeZone, zoneOrUtc } from './time-zone.js';

describe('time zones', () => {
  it('accepts the zones Intl knows, aliases included, and nothing else', () => {
    expect(['Europe/Paris', 'UTC', 'Etc/UTC', 'Asia/Kolkata', 'Asia/Calcutta'].filter(isTimeZone)).toHaveLength(5);
    expect(['Mars/Olympus', '', 'Europe/Paris '].filter(isTimeZone)).toEqual([]);
  });

  it('falls back to UTC for a missing or unknown zone', () => {
    expect(zoneOrUtc('America/New_York')).toBe('America/New_York');
    expect([zoneOrUtc(null), zoneOrUtc(undefined), zoneOrUtc('Nowhere/City')]).toEqual(['UTC', 'UTC', 'UTC']);
  });
});
