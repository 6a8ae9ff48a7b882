// Lifetimes and limits of the participations module, in one place.
export const CONFIRMATION_TOKEN_HOURS = 48;
/** Anonymous joins send an email: per address and per event, to keep the instance from being a spam cannon. */
export const ANONYMOUS_JOINS_PER_EMAIL = { limit: 5, windowSeconds: 3600 };
/** api.md: every list is capped. */
export const MAX_PARTICIPANTS_PER_PAGE = 100;

export const hoursFrom = (now: Date, hours: number): Date => new Date(now.getTime() + hours * 3600_000);

const EMAIL = /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/;
export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}
