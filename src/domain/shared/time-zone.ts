// Which time zone ids Convene accepts, in one place: the GraphQL scalar, the event and settings
// validation and every date shown to a reader use these two functions.

/**
 * An IANA zone id the runtime's Intl knows (aliases included: 'Asia/Kolkata' as well as V8's
 * 'Asia/Calcutta', which `Intl.supportedValuesOf` alone would miss).
 */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone when it is one (see isTimeZone), else UTC: a stale or missing setting must not stop an email. */
export function zoneOrUtc(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : 'UTC';
}
