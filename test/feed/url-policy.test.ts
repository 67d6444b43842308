import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/feed/url-policy.js';

const BASE = 'https://news.example/feed.json';

describe('safeUrl (the one URL policy)', () => {
  it('keeps http(s) URLs as written, query references included', () => {
    expect(safeUrl('https://e.example/?a=1&tab=2', 'link', BASE)).to.equal('https://e.example/?a=1&tab=2');
    expect(safeUrl('https://e.example/?view=x&amp=3&colon=4', 'media', BASE)).to.equal(
      'https://e.example/?view=x&amp=3&colon=4',
    );
    expect(safeUrl('/berita/1?x=1', 'link', BASE)).to.equal('https://news.example/berita/1?x=1');
  });

  it('drops schemes hidden by references, whitespace or controls', () => {
    for (const hostile of [
      'javascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&amp;#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java&tab;script:alert(1)',
      'jav&Tab;ascr&NewLine;ipt:alert(1)',
      '&AMP;#106;avascript:alert(1)',
      // Leading zeros, as many as browsers read: beyond the eight digits a code point needs.
      '&#0000000106;avascript:alert(1)',
      '&#x00000006A;avascript:alert(1)',
      ' java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
    ])
      expect(safeUrl(hostile, 'link', BASE), hostile).to.equal(undefined);
  });

  it('allows mailto and tel for links only', () => {
    expect(safeUrl('mailto:redaksi@news.example', 'link', BASE)).to.equal('mailto:redaksi@news.example');
    expect(safeUrl('tel:+62541123', 'link', BASE)).to.equal('tel:+62541123');
    expect(safeUrl('mailto:redaksi@news.example', 'media', BASE)).to.equal(undefined);
  });
});
