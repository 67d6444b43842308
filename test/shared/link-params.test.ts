import { expect } from '@open-wc/testing';
import { withLinkParams } from '../../src/components/shared/link-params.js';

describe('link-params', () => {
  it('appends parameters and keeps the existing query and fragment', () => {
    expect(withLinkParams('https://example.com/a?x=1#top', 'utm_source=partner&utm_medium=widget')).to.equal(
      'https://example.com/a?x=1&utm_source=partner&utm_medium=widget#top',
    );
  });

  it('encodes values so they cannot break out of the query', () => {
    const href = withLinkParams('https://example.com/a', 'utm_campaign=a b"<c>&ref=x#y');
    const url = new URL(href);
    expect(url.searchParams.get('utm_campaign')).to.equal('a b"<c>');
    expect(url.searchParams.get('ref')).to.equal('x#y');
    expect(href).not.to.contain('"');
    expect(href).not.to.contain('<');
  });

  it('leaves mailto links and empty parameters alone', () => {
    expect(withLinkParams('mailto:a@example.com', 'utm_source=x')).to.equal('mailto:a@example.com');
    expect(withLinkParams('https://example.com/', undefined)).to.equal('https://example.com/');
  });
});

describe('link-params on unusual queries', () => {
  it('keeps the rest of an existing query byte for byte', () => {
    expect(withLinkParams('https://ex.example/c?id=5;s=2&flag#x', 'utm_source=partner')).to.equal(
      'https://ex.example/c?id=5;s=2&flag&utm_source=partner#x',
    );
  });

  it('replaces a same-named parameter instead of duplicating it', () => {
    expect(withLinkParams('https://ex.example/c?utm_source=feed&a=1', 'utm_source=partner')).to.equal(
      'https://ex.example/c?a=1&utm_source=partner',
    );
  });
});
