// The real-data corpus (test/fixtures/real/, provenance in its SOURCES.md) through the feed client
// as a page meets it: fetched from the test server, told apart by its body, decoded, parsed.
// What each document holds was worked out by test/fixtures/real/expectations.py with Python's own
// XML and JSON readers, independently of ours.
import { expect } from '@open-wc/testing';
import { FeedStore } from '../../src/feed/store.js';
import { htmlToText } from '../../src/feed/text.js';
import type { NewsFeed } from '../../src/feed/types.js';
import { captureWarnings, guardPageErrors } from './helpers.js';
import { collapse, corpus } from './real-corpus.js';

/** Our format for Python's: RSS 1.0 and 0.90 are RDF there, RSS here. */
const FORMAT = { rss: 'rss', rdf: 'rss', atom: 'atom', 'json-feed': 'json-feed', wordpress: 'wordpress' };

describe('the real-data corpus, through the feed client', () => {
  guardPageErrors();
  // Real feeds have items the parser skips or dates it drops, each with a warning: not asserted here.
  captureWarnings();

  it('holds at least 25 documents, each with its provenance', async () => {
    expect(corpus.length).to.be.at.least(25);
    const sources = await (await fetch('/test/fixtures/real/SOURCES.md')).text();
    for (const { file } of corpus) expect(sources, file).to.contain(file);
  });

  for (const expected of corpus) {
    it(`reads ${expected.file}: every item, its ids, titles and body`, async () => {
      const feed: NewsFeed = await new FeedStore().load(`/feeds/${expected.file}`);
      expect(feed.format).to.equal(FORMAT[expected.format]);
      expect(feed.items).to.have.length(expected.items);
      expect(feed.items.slice(0, 3).map((item) => item.id)).to.deep.equal(expected.ids);
      expected.titles.forEach((title, index) => {
        const item = feed.items[index]!;
        // An untitled item is headed by the first line of its text, else only its image shows.
        if (title === null && item.title === '')
          expect(item.image, `image of item ${index}`).to.match(/^https?:/);
        else if (title === null) {
          const text = collapse(htmlToText(item.contentHtml, 1e6) || (item.summary ?? ''));
          expect(text, `text of item ${index}`).to.contain(item.title.replace(/…$/, ''));
        } else expect(collapse(item.title), `title of item ${index}`).to.equal(title);
      });
      if (expected.sentence !== null) {
        const { contentHtml, summary = '' } = feed.items[expected.sentenceItem!]!;
        // A post the feed gives only an excerpt of (`_fields` without content) shows its summary.
        expect(collapse(htmlToText(contentHtml, 1e6) || summary)).to.contain(expected.sentence);
      }
    });
  }
});
