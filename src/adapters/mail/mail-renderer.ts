import Handlebars from 'handlebars';
import type { Email, EmailTemplate } from '../../domain/shared/ports/mailer.js';
import {
  MAIL_LOCALES,
  buttonPartial,
  layoutHtml,
  layoutStrings,
  mailTemplates,
  type MailContext,
  type MailLocale,
  type MailTemplateDefinition,
} from './templates/index.js';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  // Absolute links found in the text part, for the console log of the file transport.
  links: string[];
}

type Compiled = Handlebars.TemplateDelegate<Record<string, unknown>>;

// 'fr', 'fr-CA', 'fr_FR' → French; anything else (or nothing) → English.
export function resolveLocale(locale: string | null | undefined): MailLocale {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (MAIL_LOCALES as readonly string[]).includes(primary) ? (primary as MailLocale) : 'en';
}

export function extractLinks(text: string): string[] {
  // Sentence punctuation right after a URL is not part of it.
  const urls = (text.match(/https?:\/\/[^\s<>"'()]+/g) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ''));
  return [...new Set(urls)];
}

// Compiles every template once (a typo in a source fails at construction, not at send time) and
// renders {subject, html, text} for an Email. Pure: no I/O.
export class MailRenderer {
  private readonly context: MailContext;
  private readonly layout: Compiled;
  private readonly textFooters: Record<MailLocale, Compiled>;
  private readonly compiled = new Map<string, { subject: Compiled; html: Compiled; text: Compiled }>();

  constructor(settings: { baseUrl: string; instanceName: string }) {
    const baseUrl = settings.baseUrl.replace(/\/+$/, '');
    this.context = { baseUrl, instanceName: settings.instanceName, link: (path) => `${baseUrl}${path}` };

    // A private environment: partials and helpers registered here do not leak into other users
    // of the handlebars singleton.
    const hbs = Handlebars.create();
    hbs.registerPartial('button', buttonPartial);
    // strict: a misspelled variable throws instead of rendering an empty string.
    const html = (source: string): Compiled => hbs.compile(source, { strict: true });
    // Plain-text parts must not be HTML-escaped (a reader would see `&amp;`).
    const plain = (source: string): Compiled => hbs.compile(source, { strict: true, noEscape: true });

    this.layout = html(layoutHtml);
    this.textFooters = { en: plain(layoutStrings.en.textFooter), fr: plain(layoutStrings.fr.textFooter) };
    for (const [template, definition] of Object.entries(mailTemplates)) {
      for (const locale of MAIL_LOCALES) {
        const sources = definition.locales[locale];
        this.compiled.set(`${template}:${locale}`, {
          subject: plain(sources.subject),
          html: html(sources.html),
          text: plain(sources.text),
        });
      }
    }
    // Render each template once with dummy data so a broken source stops the boot.
    for (const template of Object.keys(mailTemplates) as EmailTemplate[]) {
      for (const locale of MAIL_LOCALES) {
        this.render({ template, to: 'check@example.invalid', locale, data: { token: 't', newEmail: 'n@example.invalid' } } as Email);
      }
    }
  }

  render(email: Email): RenderedEmail {
    const locale = resolveLocale(email.locale);
    // The table is keyed by template, so the row always matches the data's shape.
    const definition = mailTemplates[email.template] as MailTemplateDefinition<Email['data']>;
    const templates = this.compiled.get(`${email.template}:${locale}`);
    if (!templates) throw new Error(`No mail template "${email.template}" for locale "${locale}"`);

    const base = { instanceName: this.context.instanceName, baseUrl: this.context.baseUrl };
    const view = { ...base, ...definition.view(email.data, this.context) };

    // Header values must stay on one line whatever the data contains.
    const subject = templates
      .subject(view)
      .replace(/[\r\n\t]+/g, ' ')
      .trim();
    const content = templates.html(view);
    const html = this.layout({ ...base, lang: locale, subject, content, footer: layoutStrings[locale].footer });
    const body = templates.text(view).trim();
    const text = `${body}\n\n${this.textFooters[locale](base)}\n`;
    // Links of the body only: the footer's link to the instance home is not worth logging.
    return { subject, html, text, links: extractLinks(body) };
  }
}
