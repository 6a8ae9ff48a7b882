// What administrators set about their instance (the `AdminSettings` of the API, plus the
// registration allow-list and the anonymous participation/report switches).

export type PolicyKind = 'DEFAULT' | 'URL' | 'CUSTOM';

export interface Policy {
  type: PolicyKind;
  url: string | null;
  /** The text shown for CUSTOM. */
  content: string | null;
}

export interface AdminSettings {
  name: string;
  description: string;
  longDescription: string;
  slogan: string | null;
  contact: string | null;
  rules: string;
  terms: Policy;
  privacy: Policy;
  registrationsOpen: boolean;
  /** Emails (`ann@example.org`) or domains (`example.org`) that may sign up even when registrations are closed. */
  registrationAllowlist: string[];
  anonymousParticipation: boolean;
  anonymousReports: boolean;
  /** Languages the administrators speak (ISO 639 codes). */
  languages: string[];
  primaryColor: string | null;
  secondaryColor: string | null;
  logoId: string | null;
  faviconId: string | null;
  defaultPictureId: string | null;
}

export type AdminSettingsChanges = Partial<AdminSettings>;

type Field = { field: string; message: string };

const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const LANGUAGE = /^[a-z]{2,3}$/;
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const EMAIL = /^[^@\s]+@[^@\s]+$/;

const isHttpUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/** Lower-cased, trimmed, without empty or repeated entries. */
export function normalizeAllowlist(entries: string[]): string[] {
  return [...new Set(entries.map((e) => e.trim().toLowerCase().replace(/^@/, '')).filter((e) => e !== ''))];
}

/** One problem per invalid field of the settings as they would be after the change. */
export function settingsProblems(s: AdminSettings): Field[] {
  const problems: Field[] = [];
  const check = (field: string, bad: boolean, message: string) => {
    if (bad) problems.push({ field, message });
  };
  check('instanceName', s.name.trim() === '' || s.name.length > 100, 'The instance name must have 1 to 100 characters');
  check('instanceDescription', s.description.length > 1000, 'The description must have at most 1000 characters');
  check('instanceSlogan', (s.slogan ?? '').length > 200, 'The slogan must have at most 200 characters');
  check('contact', (s.contact ?? '').length > 500, 'The contact must have at most 500 characters');
  check('primaryColor', s.primaryColor !== null && !COLOR.test(s.primaryColor), 'A colour is written #rgb or #rrggbb');
  check('secondaryColor', s.secondaryColor !== null && !COLOR.test(s.secondaryColor), 'A colour is written #rgb or #rrggbb');
  check('instanceTermsUrl', s.terms.type === 'URL' && !(s.terms.url && isHttpUrl(s.terms.url)), 'Terms of type URL need an http(s) URL');
  check(
    'instancePrivacyPolicyUrl',
    s.privacy.type === 'URL' && !(s.privacy.url && isHttpUrl(s.privacy.url)),
    'A privacy policy of type URL needs an http(s) URL',
  );
  check(
    'instanceLanguages',
    s.languages.some((l) => !LANGUAGE.test(l)),
    'Languages are ISO 639 codes such as "en" or "fr"',
  );
  const badEntry = s.registrationAllowlist.find((e) => (e.includes('@') ? !EMAIL.test(e) : !DOMAIN.test(e)));
  check('registrationAllowlist', badEntry !== undefined, `Not an email address or a domain: "${badEntry}"`);
  return problems;
}

/** Whether `email` may open an account: registrations are open, or it (or its domain) is allow-listed. */
export function registrationAllowed(settings: Pick<AdminSettings, 'registrationsOpen' | 'registrationAllowlist'>, email: string): boolean {
  if (settings.registrationsOpen) return true;
  const address = email.trim().toLowerCase();
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return settings.registrationAllowlist.some((entry) => (entry.includes('@') ? entry === address : entry === domain));
}

/** The names of the settings that differ, for the action log. */
export function changedSettings(before: AdminSettings, after: AdminSettings): string[] {
  return (Object.keys(after) as (keyof AdminSettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
