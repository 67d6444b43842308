import { expect } from '@open-wc/testing';
import { decodeEntities } from '../../src/feed/entities.js';
import { firstLine, htmlToText, textToHtml } from '../../src/feed/text.js';

describe('feed text helpers', () => {
  it('decodes numeric, hex, Windows-1252 and named references', () => {
    expect(decodeEntities('Monitoring &#038; Evaluasi')).to.equal('Monitoring & Evaluasi');
    expect(decodeEntities('HUT Ke &#8211; 66 &#x2014; &#150;')).to.equal('HUT Ke – 66 — –');
    expect(decodeEntities('&eacute;&hellip;&rsquo;&nbsp;&amp;')).to.equal('é…’\u00a0&');
    expect(decodeEntities('&#0; &#xD800; &#99999999;')).to.equal('\ufffd \ufffd \ufffd');
    expect(decodeEntities('AT&T &unknown; &')).to.equal('AT&T &unknown; &');
    // Leading zeros as browsers read them; the names that hide a URL's scheme.
    expect(decodeEntities('&#000000000065;&#x00000000041; a&colon;b&Tab;c&NewLine;')).to.equal('AA a:b\tc\n');
    expect(decodeEntities('&rlm;&lrm;&zwj;&circ;&tilde;&fnof;')).to.equal('\u200f\u200e\u200dˆ˜ƒ');
    expect(decodeEntities('&Agrave;&agrave;&THORN;&thorn;&szlig;&times;&divide;&yuml;&iquest;')).to.equal(
      'ÀàÞþß×÷ÿ¿',
    );
  });

  it('extracts text from HTML without running or keeping markup', () => {
    expect(htmlToText('<p>A <a href="x" title="a > b">link</a></p><p>B</p>', 100)).to.equal('A link B');
    expect(htmlToText('x<script>alert("<p>")</script>y<style>p{}</style>z<!-- c -->', 100)).to.equal('xyz');
    expect(htmlToText('1 < 2 and <unclosed', 100)).to.equal('1 < 2 and');
    expect(htmlToText('<p>one</p><p>two</p>', 100, true)).to.equal('one\ntwo');
  });

  it('stays fast on hostile markup', () => {
    const hostile = '<a "'.repeat(50_000) + '<script>'.repeat(10_000);
    expect(htmlToText(hostile, 10_000)).to.be.a('string');
  });

  it('takes the first line, shortened with an ellipsis', () => {
    expect(firstLine('\n\n  Hello  world \nnext', 50)).to.equal('Hello world');
    expect(firstLine('abcdefghij', 5)).to.equal('abcd…');
  });

  it('turns text into escaped paragraphs', () => {
    expect(textToHtml('a&b\n<c>\n\n\nd')).to.equal('<p>a&amp;b<br>&lt;c&gt;</p><p>d</p>');
    expect(textToHtml('  \n ')).to.equal('');
  });
});
