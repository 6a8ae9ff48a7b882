// Confirmed accounts for end-to-end tests, made the way a person makes one: sign up, open the
// confirmation email (from the app's real SMTP receiver), validate, then create identities.
// Plain GraphQL documents, so the helper works without ../shared.
import { randomBytes } from 'node:crypto';
import type { Client, GqlResponse, TestApp } from './app.js';
import { unique } from './database.js';

export interface TestPerson {
  id: string;
  preferredUsername: string;
  name: string;
}

export interface IdentitySpec {
  /** Defaults to a unique lowercase name. */
  preferredUsername?: string;
  name?: string;
  summary?: string;
}

export interface ConfirmedAccount {
  userId: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  /** Sends the account's access token. */
  client: Client;
  /** In creation order; the first is the default identity. */
  persons: TestPerson[];
}

const CREATE_USER = `mutation CreateUser($email: String!, $password: String!, $locale: String) {
  createUser(email: $email, password: $password, locale: $locale) { email }
}`;
const VALIDATE_USER = `mutation ValidateUser($token: String!) {
  validateUser(token: $token) { accessToken refreshToken user { id email } }
}`;
const CREATE_PERSON = `mutation CreatePerson($preferredUsername: String!, $name: String, $summary: String) {
  createPerson(preferredUsername: $preferredUsername, name: $name, summary: $summary) { id preferredUsername name }
}`;

function expectNoErrors(what: string, res: GqlResponse): void {
  if (res.errors?.length) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
}

/** The token of the last confirmation link emailed to `email`. */
export async function confirmationToken(app: TestApp, email: string, timeoutMs = 15_000): Promise<string> {
  const mail = await app.smtp.waitFor(
    (m) => m.to.includes(email.toLowerCase()) && m.links.some((l) => l.includes('/validate/')),
    timeoutMs,
  );
  const link = mail.links.find((l) => l.includes('/validate/'))!;
  return decodeURIComponent(new URL(link).pathname.replace(/^\/validate\//, ''));
}

/**
 * A confirmed account holding the given identities (one with a unique name by default; pass
 * `identities: []` for none). Each call signs up from its own client IP, so per-IP sign-up limits
 * are not shared between accounts.
 */
export async function createConfirmedAccount(
  app: TestApp,
  options: { identities?: (IdentitySpec | string)[]; email?: string; password?: string } = {},
): Promise<ConfirmedAccount> {
  const email = options.email ?? `${unique('acct')}@example.org`.toLowerCase();
  const password = options.password ?? `pw-${randomBytes(9).toString('base64url')}`;
  const anonymous = app.client();

  expectNoErrors('createUser', await anonymous.gql(CREATE_USER, { email, password, locale: 'en' }));
  const token = await confirmationToken(app, email);
  const validated = await anonymous.gql(VALIDATE_USER, { token });
  expectNoErrors('validateUser', validated);
  const { accessToken, refreshToken, user } = validated.data.validateUser;
  const client = app.client(accessToken);

  const persons: TestPerson[] = [];
  for (const raw of options.identities ?? [{}]) {
    const spec: IdentitySpec = typeof raw === 'string' ? { preferredUsername: raw } : raw;
    const preferredUsername = spec.preferredUsername ?? unique('p').toLowerCase();
    const res = await client.gql(CREATE_PERSON, { preferredUsername, name: spec.name ?? preferredUsername, summary: spec.summary ?? '' });
    expectNoErrors('createPerson', res);
    persons.push(res.data.createPerson);
  }
  return { userId: user.id, email, password, accessToken, refreshToken, client, persons };
}
