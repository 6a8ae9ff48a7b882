// Rules for what a person types when signing up; checked here so every driving adapter (GraphQL,
// CLI) enforces the same ones.

const MAX_EMAIL = 254;
const MAX_PASSWORD = 512; // argon2 accepts more, but nobody types this much; bounds hashing cost

// The most common leaked passwords of 8+ characters (public breach statistics).
const COMMON_PASSWORDS = new Set([
  '12345678',
  '123456789',
  '1234567890',
  'password',
  'password1',
  'password123',
  'qwertyuiop',
  'qwerty123',
  '11111111',
  '00000000',
  'iloveyou',
  'abcd1234',
  '1q2w3e4r',
  '1qaz2wsx',
  'sunshine',
  'princess',
  'football',
  'baseball',
  'welcome1',
  'superman',
  'trustno1',
  'starwars',
  'letmein1',
  'azertyuiop',
  'motdepasse',
  'passw0rd',
  'zaq12wsx',
  'qwertyui',
  '87654321',
  '12341234',
  'aaaaaaaa',
  'asdfghjk',
]);

export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

export function emailProblem(email: string): string | null {
  if (email.length === 0) return 'Email is required';
  if (email.length > MAX_EMAIL) return `Email must be at most ${MAX_EMAIL} characters`;
  // Deliberately simple: one @, a dot in the domain, no spaces; the confirmation email proves the rest.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'Email is not valid';
  return null;
}

export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'Password must be at least 8 characters long';
  if (password.length > MAX_PASSWORD) return `Password must be at most ${MAX_PASSWORD} characters long`;
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'This password is too common';
  return null;
}

export const LOCALES = ['en', 'fr'] as const;

/** Unknown locales fall back to the default, as a client may send any BCP 47 tag. */
export function supportedLocale(raw: string | null | undefined, fallback: string): string {
  const base = (raw ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? base : fallback;
}
