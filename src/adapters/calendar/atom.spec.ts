import { describe, expect, it } from '@jest/globals';
import { renderAtom } from './atom.js';
import { instance, sampleEvent } from './sample-event.fixture.js';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// A strict little XML 1.0 reader (no DTD, no CDATA needed): it throws on anything ill-formed —
// unbalanced or mismatched tags, unquoted or duplicate attributes, a raw `<` or stray `&` in text,
// unknown entities, forbidden characters, content after the root.
function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(source.slice(i, i + 40))}`);
  };
  const decode = (raw: string): string => {
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(raw)) fail('forbidden character');
    return raw.replace(/&([^;]*);|&/g, (whole, ref: string | undefined) => {
      if (ref === undefined) return fail('stray &');
      const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
      if (ref in named) return named[ref];
      const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (!m) return fail(`unknown entity &${ref};`);
      return String.fromCodePoint(m[1] ? parseInt(m[1], 16) : parseInt(m[2], 10));
    });
  };
  const name = /[A-Za-z_][\w.:-]*/y;
  const readName = (): string => {
    name.lastIndex = i;
    const m = name.exec(source);
    if (!m) return fail('name expected');
    i = name.lastIndex;
    return m[0];
  };
  const skipSpace = (): void => {
    while (/\s/.test(source[i] ?? '')) i++;
  };
  const element = (): XmlElement => {
    if (source[i] !== '<') fail('< expected');
    i++;
    const el: XmlElement = { name: readName(), attrs: {}, children: [], text: '' };
    for (;;) {
      const before = i;
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      if (i === before) fail('space expected before attribute');
      const attr = readName();
      if (attr in el.attrs) fail('duplicate attribute');
      skipSpace();
      if (source[i] !== '=') fail('= expected');
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail('quoted attribute value expected');
      const end = source.indexOf(quote, i + 1);
      if (end < 0) fail('unterminated attribute');
      const raw = source.slice(i + 1, end);
      if (raw.includes('<')) fail('< in attribute');
      el.attrs[attr] = decode(raw);
      i = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) fail('unclosed element ' + el.name);
      el.text += decode(source.slice(i, next));
      i = next;
      if (source.startsWith('</', i)) {
        i += 2;
        if (readName() !== el.name) fail('mismatched end tag for ' + el.name);
        skipSpace();
        if (source[i] !== '>') fail('> expected');
        i++;
        return el;
      }
      el.children.push(element());
    }
  };
  if (source.startsWith('<?xml')) {
    const end = source.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    i = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== source.length) fail('content after the root element');
  return root;
}

const child = (el: XmlElement, name: string): XmlElement => {
  const found = el.children.find((c) => c.name === name);
  if (!found) throw new Error(`no <${name}> in <${el.name}>`);
  return found;
};
const all = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

const feed = {
  title: 'Events of Alice',
  id: 'https://convene.test/@alice/feed/atom',
  selfUrl: 'https://convene.test/@alice/feed/atom',
  alternateUrl: 'https://convene.test/@alice',
  updated: new Date('2025-01-02T03:04:05Z'),
};

describe('the XML checker used here', () => {
  it('rejects ill-formed documents', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>x < y</a>')).toThrow();
    expect(() => parseXml('<a>fish & chips</a>')).toThrow();
    expect(() => parseXml('<a href=x/>')).toThrow();
    expect(() => parseXml('<a>&nbsp;</a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
    expect(parseXml('<a x="1 &amp; 2"><b>&lt;ok&gt;</b></a>').children[0].text).toBe('<ok>');
  });
});

describe('renderAtom', () => {
  it('renders a well-formed Atom 1.0 feed with its metadata', () => {
    const root = parseXml(renderAtom(feed, [sampleEvent()], instance));
    expect(root.name).toBe('feed');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(child(root, 'title').text).toBe('Events of Alice');
    expect(child(root, 'id').text).toBe(feed.id);
    expect(child(root, 'updated').text).toBe('2025-01-02T03:04:05.000Z');
    const links = all(root, 'link');
    expect(links.find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(feed.selfUrl);
    expect(links.find((l) => l.attrs.rel === 'self')?.attrs.type).toBe('application/atom+xml');
    expect(links.find((l) => l.attrs.rel === 'alternate')?.attrs.href).toBe(feed.alternateUrl);
  });

  it('renders one entry per event with id, title, dates, link, author, summary, content and categories', () => {
    const event = sampleEvent();
    const root = parseXml(renderAtom(feed, [event, sampleEvent({ uuid: 'second', url: 'https://convene.test/events/second' })], instance));
    const entries = all(root, 'entry');
    expect(entries).toHaveLength(2);
    const e = entries[0];
    expect(child(e, 'id').text).toBe(event.url);
    expect(child(e, 'title').text).toBe('Monthly meetup');
    expect(child(e, 'updated').text).toBe('2024-12-05T11:30:00.000Z');
    expect(child(e, 'published').text).toBe('2024-12-01T10:00:00.000Z');
    const alternate = all(e, 'link').find((l) => l.attrs.rel === 'alternate');
    expect(alternate?.attrs.href).toBe(event.url);
    expect(child(child(e, 'author'), 'name').text).toBe('Alice Martin');
    expect(child(child(e, 'author'), 'uri').text).toBe('https://convene.test/@alice');
    const summary = child(e, 'summary');
    expect(summary.attrs.type).toBe('text');
    expect(summary.text).toContain('Come and meet us.');
    expect(summary.text).toContain('Europe/Paris');
    expect(summary.text).not.toContain('<');
    const content = child(e, 'content');
    expect(content.attrs.type).toBe('html');
    // Decoded once by the XML reader, the content is the event's HTML.
    expect(content.text).toContain('<p>Come and <strong>meet</strong> us.</p>');
    expect(all(e, 'category').map((c) => c.attrs.term)).toEqual(['meetup', 'open source']);
    expect(child(entries[1], 'id').text).toBe('https://convene.test/events/second');
  });

  it('escapes hostile titles, names and tags so they stay text', () => {
    const hostile = '<script>alert("x")</script> & \'friends\' ]]> &amp;';
    const xml = renderAtom(
      { ...feed, title: hostile },
      [
        sampleEvent({
          title: hostile,
          tags: ['"><x>', 'a&b'],
          organizer: { name: '</name><evil/>', preferredUsername: 'e', url: 'https://convene.test/@e' },
        }),
      ],
      { ...instance, name: 'Inst <b>&</b>' },
    );
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<evil/>');
    const root = parseXml(xml);
    expect(child(root, 'title').text).toBe(hostile);
    const entry = child(root, 'entry');
    expect(child(entry, 'title').text).toBe(hostile);
    expect(child(child(entry, 'author'), 'name').text).toBe('</name><evil/>');
    expect(all(entry, 'category').map((c) => c.attrs.term)).toEqual(['"><x>', 'a&b']);
    expect(child(root, 'generator').text).toBe('Inst <b>&</b>');
  });

  it('drops characters XML cannot carry instead of producing an ill-formed feed', () => {
    const root = parseXml(renderAtom(feed, [sampleEvent({ title: 'Bell\u0007 and \uFFFF null\u0000 ok 🎉' })], instance));
    expect(child(child(root, 'entry'), 'title').text).toBe('Bell and  null ok 🎉');
  });

  it('flags cancelled events in the title', () => {
    const root = parseXml(renderAtom(feed, [sampleEvent({ status: 'CANCELLED' })], instance));
    expect(child(child(root, 'entry'), 'title').text).toBe('[Cancelled] Monthly meetup');
  });

  it('renders a valid empty feed (with a feed-level author)', () => {
    const root = parseXml(renderAtom(feed, [], instance));
    expect(all(root, 'entry')).toHaveLength(0);
    expect(child(child(root, 'author'), 'name').text).toBe('Convene Test');
  });
});
