import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { captureWarnings, guardPageErrors } from './helpers.js';

const FEED_URL = 'https://portal.example/feed.json';
const VERSION = 'https://jsonfeed.org/version/1.1';

function parseError(json: unknown): FeedError {
  try {
    parseFeed(json, FEED_URL);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected parseFeed to throw');
}

describe('parseFeed', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  describe('detection and validation', () => {
    it('gives an empty feed for an empty items array', () => {
      const feed = parseFeed({ version: VERSION, items: [] }, FEED_URL);
      expect(feed).to.deep.equal({ format: 'json-feed', items: [] });
    });

    it('reads an empty array as a WordPress site without posts', () => {
      expect(parseFeed([], FEED_URL)).to.deep.equal({ format: 'wordpress', items: [] });
    });

    it('rejects a JSON Feed whose version is not a string', () => {
      const error = parseError({ version: 1, items: [] });
      expect(error.code).to.equal('invalid-feed');
      expect(error.message).to.contain('`version` is number');
    });

    it('rejects a JSON Feed whose items is not an array', () => {
      expect(parseError({ version: VERSION, items: {} }).message).to.contain('`items` is object');
    });

    for (const [name, value] of [
      ['null', null],
      ['a string', 'feed'],
      ['a number', 42],
      ['a boolean', true],
      ['an array of junk', [1, 'two', null, [3], { id: 4 }]],
      ['an object without the fields', { foo: 1, bar: 2 }],
    ] as const) {
      it(`rejects ${name} with 'invalid-feed'`, () => {
        const error = parseError(value);
        expect(error.code).to.equal('invalid-feed');
        expect(error.message).to.contain('expected a JSON Feed');
      });
    }

    it('says what came instead, naming the keys of an object', () => {
      expect(parseError({ foo: 1, bar: 2 }).message).to.equal(
        'expected a JSON Feed (a `version` string and an `items` array), a WordPress posts array or post, ' +
          'RSS or Atom, but got an object with keys: foo, bar',
      );
    });

    it("is 'invalid-feed' when items are present but none is valid", () => {
      const error = parseError({ version: VERSION, items: [{ id: {} }, 7, { title: 'no id' }] });
      expect(error.code).to.equal('invalid-feed');
      expect(error.message).to.contain('none of the 3 items was valid');
      expect(error.message).to.contain('"id" must be a string or number, got object');
    });

    it('skips an invalid item with one warning naming the item and the field', () => {
      const feed = parseFeed(
        {
          version: VERSION,
          items: [
            { id: 'ok', title: 'Fine' },
            { id: 'x', title: 'Dup 1' },
            { id: 'y' },
            { id: { nested: true }, title: 'Bad id' },
            // A repeat is not read: its bad date gives no warning of its own.
            { id: 'x', title: 'Dup 2', date_published: 'not a date' },
            { id: Infinity, title: 'Infinite' },
          ],
        },
        FEED_URL,
      );
      expect(feed.items.map((item) => item.id)).to.deep.equal(['ok', 'x']);
      expect(warnings).to.deep.equal([
        '[news-widgets] skipped feed item #2 (id "y"): "title" is missing or empty, and there is no summary, content text or image to show instead',
        '[news-widgets] skipped feed item #3: "id" must be a string or number, got object',
        '[news-widgets] skipped feed item #4 (id "x"): "id" repeats an earlier item',
        '[news-widgets] skipped feed item #5 (id "Infinity"): "id" must be a finite number, got Infinity',
      ]);
    });

    it('reads at most 10,000 items, warning once, and caps warnings', () => {
      const items = Array.from({ length: 10_050 }, (_, i) =>
        i % 2 === 0 ? { id: `i${i}`, title: 'T' } : { id: null },
      );
      const feed = parseFeed({ version: VERSION, items }, FEED_URL);
      expect(feed.items).to.have.length(5_000);
      expect(warnings.filter((w) => w.includes('only the first 10000'))).to.have.length(1);
      expect(warnings.length).to.be.at.most(21);
      expect(warnings[warnings.length - 1]).to.contain('more feed warnings');
    });

    it('caps titles and content', () => {
      const item = parseFeed(
        {
          version: VERSION,
          items: [{ id: 'a', title: 't'.repeat(5_000), content_html: 'c'.repeat(1_200_000) }],
        },
        FEED_URL,
      ).items[0]!;
      expect(item.title.length).to.equal(2_000);
      expect(item.contentHtml.length).to.equal(1_000_000);
    });
  });

  describe('prototype pollution', () => {
    const hostile = (): unknown =>
      JSON.parse(`{
        "version": "${VERSION}",
        "__proto__": { "polluted": true, "items": [] },
        "constructor": { "prototype": { "polluted": true } },
        "items": [{
          "id": "p1", "title": "T",
          "__proto__": { "polluted": true, "url": "https://evil.example/", "tags": ["evil"] },
          "constructor": { "prototype": { "polluted": true } },
          "authors": [{ "name": "A", "__proto__": { "polluted": true } }],
          "_news": {
            "__proto__": { "polluted": true, "views": 999 },
            "constructor": { "prototype": { "polluted": true } },
            "category": "Daerah"
          }
        }]
      }`);

    it('ignores __proto__ and constructor keys and leaves Object.prototype alone', () => {
      const before = Object.getOwnPropertyNames(Object.prototype).sort();
      const feed = parseFeed(hostile(), FEED_URL);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
      const item = feed.items[0]!;
      expect(item.url).to.equal(undefined);
      expect(item.tags).to.deep.equal([]);
      expect(item.views).to.equal(undefined);
      expect(item.category).to.equal('Daerah');
      expect(Object.getPrototypeOf(item)).to.equal(Object.prototype);
      expect(Object.hasOwn(item, 'polluted')).to.equal(false);
      expect((item as unknown as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(item.authors[0])).to.equal(Object.prototype);
    });

    it('does not read inherited properties as fields', () => {
      const proto = { version: VERSION, items: [{ id: 'inherited', title: 'T' }] };
      const error = parseError(Object.create(proto));
      expect(error.code).to.equal('invalid-feed');
    });
  });

  it('survives hostile values that are not plain JSON, throwing only FeedError', () => {
    const trap = { version: VERSION, items: [] as unknown[] };
    Object.defineProperty(trap.items, 0, {
      get() {
        throw new Error('boom');
      },
      enumerable: true,
    });
    trap.items.length = 2;
    const error = parseError(trap);
    expect(error.code).to.equal('invalid-feed');
    expect(error.message).to.contain('item #0: could not be read (Error: boom)');
  });
});
