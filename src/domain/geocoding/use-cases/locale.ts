// "fr", "en-US", "pt_BR" (the Mobilizon client sends underscores) → a BCP 47 tag; null if not one.
const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8}){0,3}$/i;

export function normalizeLocale(locale: string | null | undefined): string | null {
  if (locale === null || locale === undefined || locale.trim() === '') return 'en';
  const tag = locale.trim().replace(/_/g, '-');
  return tag.length <= 35 && TAG.test(tag) ? tag : null;
}
