// Text helpers shared by the renderers: escaping for HTML/XML and a plain-text view of the
// (already sanitized) description HTML.

// Characters XML 1.0 forbids even when escaped (C0 controls but tab/LF/CR, lone surrogates,
// U+FFFE/U+FFFF): dropped so that a hostile title cannot make a feed ill-formed.
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(XML_INVALID, '');
}

/** Escapes text for HTML/XML text and double- or single-quoted attribute values. */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Same as escapeXml with the HTML4-safe apostrophe reference. */
export function escapeHtml(value: string): string {
  return escapeXml(value).replace(/&apos;/g, '&#39;');
}

/** Whether a URL may be put in an href/src: only http(s) (no javascript:, data: …). */
export function isWebUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  para: '¶',
  sect: '§',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  ccedil: 'ç',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ouml: 'ö',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Ccedil: 'Ç',
  szlig: 'ß',
  ntilde: 'ñ',
  oelig: 'œ',
};

/** Decodes character references (numeric, and the common named ones; unknown ones stay). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'table', 'hr', 'figure']);
const LINE = new Set(['div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'figcaption', 'address']);

/**
 * Plain text of an HTML fragment: tags removed, entities decoded, whitespace collapsed as a browser
 * would, paragraphs separated by a blank line, `<br>` and list items on their own lines, and a
 * link's target kept in parentheses when it differs from its text.
 */
export function htmlToPlainText(html: string): string {
  let out = '';
  let preDepth = 0;
  const links: { href: string | null; start: number }[] = [];
  const token = /<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let last = 0;
  const text = (raw: string): void => {
    const decoded = decodeEntities(raw);
    if (preDepth > 0) {
      out += decoded;
      return;
    }
    const collapsed = decoded.replace(/[ \t\r\n\f]+/g, ' ');
    // Whitespace at the start of a line is layout of the source, not content.
    out += out.length === 0 || out.endsWith('\n') || out.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  };
  const breakLines = (count: number): void => {
    out = out.replace(/[ \t]+$/, '');
    const trailing = /\n*$/.exec(out)?.[0].length ?? 0;
    if (out.length > 0 && trailing < count) out += '\n'.repeat(count - trailing);
  };
  for (let m = token.exec(html); m; m = token.exec(html)) {
    text(html.slice(last, m.index));
    last = token.lastIndex;
    const name = m[3]?.toLowerCase();
    if (!name) continue; // comment, script, style
    const closing = m[2] === '/';
    if (name === 'br') {
      out = out.replace(/[ \t]+$/, '') + '\n';
    } else if (PARAGRAPH.has(name)) {
      breakLines(2);
      if (name === 'pre') preDepth += closing ? -1 : 1;
      if (preDepth < 0) preDepth = 0;
    } else if (LINE.has(name)) {
      breakLines(1);
      if (name === 'li' && !closing) out += '- ';
    } else if (name === 'a') {
      if (!closing) {
        const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(m[4] ?? '');
        links.push({ href: href ? decodeEntities(href[1] ?? href[2] ?? href[3] ?? '') : null, start: out.length });
      } else {
        const link = links.pop();
        const label = link ? out.slice(link.start).trim() : '';
        if (link?.href && isWebUrl(link.href) && label !== link.href && !label.includes(link.href)) {
          out += ` (${link.href})`;
        }
      }
    }
    // Other tags (inline formatting, img, …) leave only their text.
  }
  text(html.slice(last));
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** At most `max` characters (code points), cut at a word boundary with an ellipsis when cut. */
export function truncateText(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  // Look one character further: if it is a space, the word before it fits whole.
  const window = chars.slice(0, max).join('');
  const space = window.lastIndexOf(' ');
  const cut = space > window.length / 2 ? window.slice(0, space) : chars.slice(0, max - 1).join('');
  return `${cut.replace(/[\s,;:.\-–—]+$/, '')}…`;
}
