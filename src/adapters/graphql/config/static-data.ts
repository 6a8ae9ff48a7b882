// Fixed parts of the instance configuration: what Convene offers regardless of admin settings.
import { escapeHtml } from '../../shared/text.js';

/** Mobilizon's event categories (ids as in the `EventCategory` enum), with English labels. */
export const EVENT_CATEGORIES: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'ARTS', label: 'Arts' },
  { id: 'BOOK_CLUBS', label: 'Book Clubs' },
  { id: 'BUSINESS', label: 'Business' },
  { id: 'CAUSES', label: 'Causes' },
  { id: 'COMEDY', label: 'Comedy' },
  { id: 'CRAFTS', label: 'Crafts' },
  { id: 'FOOD_DRINK', label: 'Food & Drink' },
  { id: 'HEALTH', label: 'Health' },
  { id: 'MUSIC', label: 'Music' },
  { id: 'AUTO_BOAT_AIR', label: 'Auto, Boat & Air' },
  { id: 'COMMUNITY', label: 'Community' },
  { id: 'FAMILY_EDUCATION', label: 'Family & Education' },
  { id: 'FASHION_BEAUTY', label: 'Fashion & Beauty' },
  { id: 'FILM_MEDIA', label: 'Film & Media' },
  { id: 'GAMES', label: 'Games' },
  { id: 'LANGUAGE_CULTURE', label: 'Language & Culture' },
  { id: 'LEARNING', label: 'Learning' },
  { id: 'LGBTQ', label: 'LGBTQ' },
  { id: 'MOVEMENTS_POLITICS', label: 'Movements & Politics' },
  { id: 'NETWORKING', label: 'Networking' },
  { id: 'PARTY', label: 'Party' },
  { id: 'PERFORMING_VISUAL_ARTS', label: 'Performing & Visual Arts' },
  { id: 'PETS', label: 'Pets' },
  { id: 'PHOTOGRAPHY', label: 'Photography' },
  { id: 'OUTDOORS_ADVENTURE', label: 'Outdoors & Adventure' },
  { id: 'SPIRITUALITY_RELIGION_BELIEFS', label: 'Spirituality, Religion & Beliefs' },
  { id: 'SCIENCE_TECH', label: 'Science & Tech' },
  { id: 'SPORTS', label: 'Sports' },
  { id: 'THEATRE', label: 'Theatre' },
  { id: 'MEETING', label: 'Meeting' },
];

/** OpenStreetMap's standard tile server, as the web client expects it (Leaflet URL template). */
export const MAP_TILES = {
  endpoint: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© The OpenStreetMap Contributors',
} as const;

/** Events lasting longer than this many days are "long events" (shown differently by the client). */
export const LONG_EVENT_DAYS = 30;

/** Formats `exportParticipants` can produce (file extensions, as Mobilizon lists them). */
export const PARTICIPANT_EXPORT_FORMATS: readonly string[] = ['csv'];

/** The runtime's canonical IANA zones, computed once; ICU leaves UTC out, events need it. */
export const TIMEZONES: readonly string[] = (() => {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('Etc/UTC') ? zones : [...zones, 'Etc/UTC'];
})();

type PolicyTexts = { terms: (name: string, url: string) => string; privacy: (name: string, url: string) => string };

// Short default policies, used while the admin has not written or linked their own.
const DEFAULT_TEXTS: Record<'en' | 'fr', PolicyTexts> = {
  en: {
    terms: (name, url) =>
      `<h2>Terms of service of ${name}</h2>` +
      `<p>${name} (<a href="${url}">${url}</a>) is a Convene instance run by its administrators. By using it you agree to follow its rules and the law, and to respect other people.</p>` +
      '<p>You are responsible for the content you publish. Administrators may remove content or accounts that break the rules. Public content may be shared with other federated instances.</p>' +
      '<p>The service is provided as is, without any warranty.</p>',
    privacy: (name, url) =>
      `<h2>Privacy policy of ${name}</h2>` +
      `<p>${name} (<a href="${url}">${url}</a>) stores only what it needs to run: your email address, a hashed password, your profiles and what you publish.</p>` +
      '<p>Public events and profiles are visible to everyone and may be copied by federated instances. Your email address is never shown publicly nor sold.</p>' +
      '<p>You can delete your account at any time; your data is then removed from this instance.</p>',
  },
  fr: {
    terms: (name, url) =>
      `<h2>Conditions générales d’utilisation de ${name}</h2>` +
      `<p>${name} (<a href="${url}">${url}</a>) est une instance Convene gérée par ses administrateur·ices. En l’utilisant, vous acceptez d’en suivre les règles et la loi, et de respecter les autres personnes.</p>` +
      '<p>Vous êtes responsable des contenus que vous publiez. Les administrateur·ices peuvent supprimer les contenus ou comptes qui enfreignent les règles. Les contenus publics peuvent être partagés avec d’autres instances fédérées.</p>' +
      '<p>Le service est fourni tel quel, sans aucune garantie.</p>',
    privacy: (name, url) =>
      `<h2>Politique de confidentialité de ${name}</h2>` +
      `<p>${name} (<a href="${url}">${url}</a>) ne conserve que ce qui est nécessaire à son fonctionnement : votre adresse e-mail, un mot de passe haché, vos profils et ce que vous publiez.</p>` +
      '<p>Les événements et profils publics sont visibles de toutes et tous et peuvent être copiés par les instances fédérées. Votre adresse e-mail n’est jamais affichée publiquement ni vendue.</p>' +
      '<p>Vous pouvez supprimer votre compte à tout moment ; vos données sont alors effacées de cette instance.</p>',
  },
};

/** The default terms or privacy policy, in French for `fr*` locales and English otherwise. */
export function defaultPolicyHtml(
  kind: keyof PolicyTexts,
  locale: string | null | undefined,
  instanceName: string,
  baseUrl: string,
): string {
  const lang = locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return DEFAULT_TEXTS[lang][kind](escapeHtml(instanceName), escapeHtml(baseUrl));
}
