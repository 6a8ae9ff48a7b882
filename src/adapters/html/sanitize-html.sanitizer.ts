import sanitizeHtml from 'sanitize-html';
import { HtmlSanitizer } from '../../domain/events/index.js';

// What Mobilizon's editor produces (paragraphs, headings, lists, links, emphasis, quotes, images,
// mentions); everything else — scripts, styles, event handlers, iframes, javascript: URLs — goes.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h1',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'strike',
    'ul',
    'ol',
    'li',
    'a',
    'blockquote',
    'code',
    'pre',
    'hr',
    'img',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target', 'class', 'data-user'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    span: ['class', 'data-user'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // Links open elsewhere and pass no referrer or authority.
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow ugc', target: '_blank' }),
  },
};

export class SanitizeHtmlSanitizer extends HtmlSanitizer {
  sanitize(html: string): string {
    return sanitizeHtml(html, OPTIONS).trim();
  }
}
