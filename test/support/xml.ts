// A strict, tiny XML 1.0 well-formedness checker for feeds in tests (no DTD, CDATA or comments:
// our feeds use none). It throws on mismatched or unclosed tags, unquoted or repeated attributes,
// raw `<` or bare `&` in text, unknown entities, forbidden characters and trailing content.
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function parseXml(xml: string): XmlNode {
  let pos = 0;
  const error = (message: string): never => {
    throw new Error(`${message} at offset ${pos}: ${JSON.stringify(xml.slice(pos, pos + 30))}`);
  };
  const unescape = (raw: string): string => {
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(raw)) error('character not allowed in XML');
    return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);|&/g, (whole, ref?: string) => {
      if (!ref) return error('bare &');
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      return PREDEFINED[ref] ?? error(`unknown entity ${whole}`);
    });
  };
  const readName = (): string => {
    const match = /^[A-Za-z_][\w.:-]*/.exec(xml.slice(pos));
    if (!match) return error('expected a name');
    pos += match[0].length;
    return match[0];
  };
  const spaces = (): number => {
    const start = pos;
    while (pos < xml.length && ' \t\r\n'.includes(xml[pos])) pos++;
    return pos - start;
  };
  const node = (): XmlNode => {
    if (xml[pos] !== '<') error('expected <');
    pos++;
    const result: XmlNode = { name: readName(), attrs: {}, children: [], text: '' };
    for (;;) {
      const gap = spaces();
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return result;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      if (gap === 0) error('expected a space before an attribute');
      const key = readName();
      if (Object.hasOwn(result.attrs, key)) error(`repeated attribute ${key}`);
      spaces();
      if (xml[pos] !== '=') error('expected =');
      pos++;
      spaces();
      const quote = xml[pos];
      if (quote !== '"' && quote !== "'") error('expected a quoted value');
      const close = xml.indexOf(quote, pos + 1);
      if (close < 0) error('unterminated attribute value');
      const value = xml.slice(pos + 1, close);
      if (value.includes('<')) error('< in an attribute value');
      result.attrs[key] = unescape(value);
      pos = close + 1;
    }
    for (;;) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) error(`unclosed <${result.name}>`);
      result.text += unescape(xml.slice(pos, lt));
      pos = lt;
      if (!xml.startsWith('</', pos)) {
        result.children.push(node());
        continue;
      }
      pos += 2;
      if (readName() !== result.name) error(`mismatched end tag of <${result.name}>`);
      spaces();
      if (xml[pos] !== '>') error('expected >');
      pos++;
      return result;
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) error('unterminated XML declaration');
    pos = end + 2;
  }
  spaces();
  const root = node();
  spaces();
  if (pos !== xml.length) error('content after the root element');
  return root;
}

export const childrenNamed = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);
