// Shapes shared by the mail templates. A template is plain data: a view builder plus handlebars
// sources per locale, so adding one (event notifications, reports...) is one file + one table row.

export const MAIL_LOCALES = ['en', 'fr'] as const;
export type MailLocale = (typeof MAIL_LOCALES)[number];

// Handlebars sources. `html` is escaped by handlebars and wrapped in the shared layout;
// `subject` and `text` are plain text (no HTML escaping, which would show `&amp;` to readers).
export interface LocalizedTemplate {
  subject: string;
  html: string;
  text: string;
}

export interface MailContext {
  baseUrl: string;
  instanceName: string;
  // Absolute URL on this instance for a path such as `/validate/abc`.
  link(path: string): string;
}

export interface MailTemplateDefinition<Data> {
  // What the sources may reference besides `instanceName` and `baseUrl` (always available).
  view(data: Data, context: MailContext): Record<string, string | number | boolean>;
  locales: Record<MailLocale, LocalizedTemplate>;
}
