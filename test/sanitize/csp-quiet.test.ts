import { expect } from '@open-wc/testing';
import { quietInlineCode } from '../../src/sanitize/csp-quiet.js';

describe('quietInlineCode (CSP-quiet pre-pass)', () => {
  it('renames on* and style attributes inside tags', () => {
    expect(quietInlineCode('<p style="color:red" onClick="x()">a</p>')).to.equal(
      '<p data-nw-style="color:red" data-nw-onClick="x()">a</p>',
    );
  });

  it('follows the tokenizer: slash separators, no space after a quoted value, unquoted values', () => {
    expect(quietInlineCode('<img/src="x"/onerror=y()>')).to.equal('<img/src="x"/data-nw-onerror=y()>');
    // an unquoted value runs to whitespace or `>`: there is no onerror attribute here
    expect(quietInlineCode('<img/src=x/onerror=y()>')).to.equal('<img/src=x/onerror=y()>');
    expect(quietInlineCode('<p title="a"style="b">')).to.equal('<p title="a"data-nw-style="b">');
    expect(quietInlineCode('<p title=a onmouseover = b>')).to.equal('<p title=a data-nw-onmouseover = b>');
  });

  it('renames style elements to a raw-text element the profile drops', () => {
    expect(quietInlineCode('<STYLE>p{}</STYLE >')).to.equal('<textarea>p{}</textarea >');
  });

  it('renames under both readings of raw-text elements and comments', () => {
    // HTML: textarea is raw text, so the img after </textarea> is real.
    expect(quietInlineCode('<textarea><img title="</textarea><img src=x onerror=y()>">')).to.equal(
      '<textarea><img title="</textarea><img src=x data-nw-onerror=y()>">',
    );
    // SVG: style holds markup, so the img inside is real.
    expect(quietInlineCode('<svg><style><img src=x onerror=y()></style></svg>')).to.equal(
      '<svg><textarea><img src=x data-nw-onerror=y()></textarea></svg>',
    );
    expect(quietInlineCode('<!-- <p title="--><img src=x onerror=y()>">')).to.equal(
      '<!-- <p title="--><img src=x data-nw-onerror=y()>">',
    );
  });

  it('never touches attribute values or text', () => {
    const clean =
      '<p title="onclick=x style=y <b onclick=z>">on style= onload=x &lt;p style=x&gt;</p><a href="?style=1&on=2">x</a><pre>a < b onclick=c</pre>';
    expect(quietInlineCode(clean)).to.equal(clean);
  });

  it('copes with truncated markup', () => {
    expect(quietInlineCode('<p onclick="x')).to.equal('<p data-nw-onclick="x');
    expect(quietInlineCode('<p style')).to.equal('<p data-nw-style');
    expect(quietInlineCode('<')).to.equal('<');
    expect(quietInlineCode('a <')).to.equal('a <');
  });
});
