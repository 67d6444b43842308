import { expect } from '@open-wc/testing';
import { loadReader, xmlReader } from '../../src/feed/readers.js';
import { captureWarnings, guardPageErrors, rejection } from './helpers.js';

const URL_ = 'https://feeds.example/feed.xml';

describe('feed readers loaded on demand', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  it('loads the RSS/Atom reader, with the decoding of XML bodies', async () => {
    const reader = await loadReader('RSS/Atom', URL_, xmlReader.load);
    expect(typeof reader.xmlAdapter).to.equal('function');
    expect(
      reader.decodeXml(new TextEncoder().encode('<rss/>'), '<rss/>', undefined, 'text/xml', URL_),
    ).to.equal('<rss/>');
    expect(warnings).to.deep.equal([]);
  });

  it('makes a reader that does not load (a partly hosted folder) a parse error, and says how to host it', async () => {
    const failed = new TypeError('Failed to fetch dynamically imported module: /chunks/xml.js');
    const error = await rejection(loadReader('RSS/Atom', URL_, () => Promise.reject(failed)));
    expect(error.code).to.equal('parse');
    expect(error.url).to.equal(URL_);
    expect(error.cause).to.equal(failed);
    expect(error.message).to.equal(`the RSS/Atom reader could not be loaded (${String(failed)})`);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain(
      `[news-widgets] the RSS/Atom reader could not be loaded (${String(failed)}) for ${URL_}`,
    );
    expect(warnings[0]).to.contain('Host the whole dist/cdn/ folder');
  });
});
