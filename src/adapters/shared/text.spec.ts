import { describe, expect, it } from '@jest/globals';
import { decodeEntities, escapeHtml, escapeXml, htmlToPlainText, isWebUrl, truncateText } from './text.js';

describe('htmlToPlainText', () => {
  it('keeps paragraphs, line breaks and list items as lines', () => {
    const html = '<h2>Programme</h2>\n  <p>First   line<br>second line</p><ul>\n<li>one</li>\n<li>two</li></ul><p>End.</p>';
    expect(htmlToPlainText(html)).toBe('Programme\n\nFirst line\nsecond line\n\n- one\n- two\n\nEnd.');
  });

  it('decodes entities and drops tags, comments, scripts and styles', () => {
    expect(
      htmlToPlainText('<p>Tom &amp; Jerry &lt;3 &#233;t&#xE9; &eacute;&nbsp;!<!-- hidden --><script>x()</script><style>p{}</style></p>'),
    ).toBe('Tom & Jerry <3 été é\u00a0!');
  });

  it('keeps link targets that differ from their text', () => {
    expect(
      htmlToPlainText(
        '<p><a href="https://a.example/x?y=1&amp;z=2">the page</a> and <a href="https://b.example">https://b.example</a></p>',
      ),
    ).toBe('the page (https://a.example/x?y=1&z=2) and https://b.example');
  });

  it('returns an empty string for empty or tag-only HTML', () => {
    expect(htmlToPlainText('')).toBe('');
    expect(htmlToPlainText('<p></p><p> </p>')).toBe('');
  });
});

describe('escaping', () => {
  it('escapes the five XML specials and drops forbidden characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\u0008`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(escapeHtml("'")).toBe('&#39;');
    // Valid surrogate pairs stay, lone surrogates go.
    expect(escapeXml('🎉\uD800x')).toBe('🎉x');
  });

  it('decodes unknown named entities as themselves', () => {
    expect(decodeEntities('&bogus; &amp; &#0;')).toBe('&bogus; & \ufffd');
  });

  it('accepts only http(s) URLs as links', () => {
    expect(isWebUrl('https://x.example')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,x')).toBe(false);
    expect(isWebUrl('not a url')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});

describe('truncateText', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncateText('short', 10)).toBe('short');
    const cut = truncateText('the quick brown fox jumps over the lazy dog', 20);
    expect(cut).toBe('the quick brown fox…');
    expect(Array.from(cut).length).toBeLessThanOrEqual(20);
  });

  it('counts code points, never splitting an emoji', () => {
    const cut = truncateText('🎉'.repeat(30), 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut).toBe('🎉'.repeat(9) + '…');
  });
});
