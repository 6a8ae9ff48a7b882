import { describe, expect, it } from '@jest/globals';
import { SanitizeHtmlSanitizer } from './sanitize-html.sanitizer.js';

describe('SanitizeHtmlSanitizer', () => {
  const sanitizer = new SanitizeHtmlSanitizer();

  it.each([
    ['<script>alert(1)</script><p>hi</p>', '<p>hi</p>'],
    ['<img src="x" onerror="alert(1)">', '<img src="x" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow ugc" target="_blank">x</a>'],
    ['<p style="background:url(x)" onclick="steal()">text</p>', '<p>text</p>'],
    ['<iframe src="https://evil.example"></iframe>ok', 'ok'],
    ['<svg><script>alert(1)</script></svg>', ''],
  ])('removes what could run: %s', (input, expected) => {
    expect(sanitizer.sanitize(input)).toBe(expected);
  });

  it('keeps the formatting of the editor', () => {
    const html = '<h2>Program</h2><p><strong>Bold</strong> and <em>em</em></p><ul><li>one</li></ul><blockquote>quote</blockquote>';
    expect(sanitizer.sanitize(html)).toBe(html);
  });

  it('marks links as external', () => {
    expect(sanitizer.sanitize('<a href="https://example.org">site</a>')).toBe(
      '<a href="https://example.org" rel="noopener noreferrer nofollow ugc" target="_blank">site</a>',
    );
  });
});
