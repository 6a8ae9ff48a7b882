// Lifetimes and limits of the accounts module, in one place.
export const ACCESS_TOKEN_SECONDS = 15 * 60;
export const REFRESH_TOKEN_DAYS = 60;
export const CONFIRMATION_TOKEN_HOURS = 48;
export const RESET_TOKEN_HOURS = 24;
export const EMAIL_CHANGE_TOKEN_HOURS = 24;

/** api.md: 10/min per IP and 5/min per email for sign-up, login, reset and resend. */
export const RATE_LIMITS = { perIp: 10, perEmail: 5, windowSeconds: 60 };

/**
 * Login (see LogIn): every attempt counts per IP; failures count per address and IP, and per
 * address across the IPs the account has not signed in from lately (an attacker's are many).
 */
export const LOGIN_LIMITS = { perIp: 10, failuresPerAddressAndIp: 5, failuresPerAddressElsewhere: 20, windowSeconds: 60 };

export const hoursFrom = (now: Date, hours: number): Date => new Date(now.getTime() + hours * 3600_000);
export const daysFrom = (now: Date, days: number): Date => hoursFrom(now, days * 24);
