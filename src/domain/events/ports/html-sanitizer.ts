/** Rich text from users becomes safe HTML here: no script, no event handlers, no stored XSS. */
export abstract class HtmlSanitizer {
  abstract sanitize(html: string): string;
}
