import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { NewsFeed } from '../../src/feed/types.js';
import { safeUrl } from '../../src/feed/url-policy.js';
import { guardPageErrors, silenced } from './helpers.js';

const FEED_URL = 'https://portal.example/feeds/feed.json';

/** The model's invariants (src/feed/types.ts) for any feed parseFeed returns. */
function checkInvariants(feed: NewsFeed): void {
  expect(['json-feed', 'wordpress', 'rss', 'atom']).to.include(feed.format);
  const ids = new Set<string>();
  for (const item of feed.items) {
    expect(item.id).to.be.a('string').and.not.equal('');
    expect(ids.has(item.id), 'ids are unique').to.equal(false);
    ids.add(item.id);
    expect(item.title).to.be.a('string');
    // No headline only for a photo post: something must be there to show.
    if (item.title === '') expect(item.image, 'an untitled item has an image').to.be.a('string');
    expect(item.contentHtml).to.be.a('string');
    expect(item.tags.every((tag) => typeof tag === 'string' && tag !== '')).to.equal(true);
    expect(item.related.every((id) => typeof id === 'string')).to.equal(true);
    for (const url of [item.url, item.image, ...item.authors.map((a) => a.avatar)]) {
      if (url !== undefined) expect(safeUrl(url, 'media', FEED_URL)).to.equal(url);
    }
    for (const author of item.authors) {
      expect(author.name).to.be.a('string');
      if (author.url !== undefined) expect(safeUrl(author.url, 'link', FEED_URL)).to.equal(author.url);
    }
    if (item.views !== undefined) expect(Number.isSafeInteger(item.views) && item.views >= 0).to.equal(true);
    for (const date of [item.published, item.modified]) {
      if (date !== undefined) expect(Number.isNaN(date.getTime())).to.equal(false);
    }
    if (item.publishedOffset !== undefined) {
      expect(item.published, 'an offset only with a date').to.be.instanceOf(Date);
      expect(Math.abs(item.publishedOffset)).to.be.at.most(14 * 60);
    }
    expect(Object.getPrototypeOf(item)).to.equal(Object.prototype);
  }
}

function parsesOrFeedError(value: unknown): void {
  try {
    checkInvariants(parseFeed(value, FEED_URL));
  } catch (error) {
    if (error instanceof FeedError) {
      expect(error.code).to.equal('invalid-feed');
      return;
    }
    throw error;
  }
}

// Values that are plausible for a field, plus junk of every JSON type.
const fieldValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.string(),
  fc.constantFrom(
    'https://x.example/a',
    '/relative/path',
    'javascript:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,x',
    '2025-06-30T09:00:00+08:00',
    'not a date',
    '20',
    '',
  ),
  fc.integer(),
  fc.double(),
);

const jsonFeedItem = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fieldValue),
    url: fieldValue,
    title: fieldValue,
    content_html: fieldValue,
    content_text: fieldValue,
    summary: fieldValue,
    image: fieldValue,
    banner_image: fieldValue,
    date_published: fieldValue,
    date_modified: fieldValue,
    authors: fc.oneof(
      fc.array(fc.record({ name: fieldValue, url: fieldValue, avatar: fieldValue }, { requiredKeys: [] })),
      fieldValue,
    ),
    author: fieldValue,
    tags: fc.oneof(fc.array(fieldValue), fieldValue),
    _news: fc.oneof(
      fc.record(
        {
          category: fieldValue,
          region: fieldValue,
          views: fieldValue,
          image_caption: fieldValue,
          image_width: fieldValue,
          image_height: fieldValue,
          related: fc.oneof(fc.array(fieldValue), fieldValue),
        },
        { requiredKeys: [] },
      ),
      fieldValue,
    ),
  },
  { requiredKeys: [] },
);

const wordpressPost = fc.record(
  {
    id: fc.oneof(fc.integer(), fieldValue),
    link: fieldValue,
    title: fc.oneof(fc.record({ rendered: fieldValue }), fieldValue),
    content: fc.oneof(fc.record({ rendered: fieldValue }), fieldValue),
    excerpt: fc.oneof(fc.record({ rendered: fieldValue }), fieldValue),
    date_gmt: fieldValue,
    date: fieldValue,
    meta: fc.oneof(fc.record({ views: fieldValue, region: fieldValue }, { requiredKeys: [] }), fieldValue),
    _embedded: fc.oneof(
      fc.record(
        {
          author: fc.array(
            fc.record({ name: fieldValue, link: fieldValue, avatar_urls: fieldValue }, { requiredKeys: [] }),
          ),
          'wp:featuredmedia': fc.array(
            fc.record(
              { source_url: fieldValue, caption: fieldValue, media_details: fieldValue },
              { requiredKeys: [] },
            ),
          ),
          'wp:term': fc.array(
            fc.array(fc.record({ taxonomy: fc.constantFrom('category', 'post_tag', 'x'), name: fieldValue })),
          ),
        },
        { requiredKeys: [] },
      ),
      fieldValue,
    ),
  },
  { requiredKeys: [] },
);

describe('parseFeed (property-based)', () => {
  guardPageErrors();

  it('returns a feed or throws a FeedError for any JSON value', () => {
    silenced(() => fc.assert(fc.property(fc.jsonValue(), parsesOrFeedError), { numRuns: 300 }));
  });

  it('keeps the model invariants for arbitrary items in a JSON Feed envelope', () => {
    silenced(() =>
      fc.assert(
        fc.property(fc.array(jsonFeedItem, { maxLength: 8 }), fieldValue, (items, title) => {
          parsesOrFeedError({ version: 'https://jsonfeed.org/version/1.1', title, items });
        }),
        { numRuns: 300 },
      ),
    );
  });

  it('keeps the model invariants for arbitrary WordPress posts', () => {
    silenced(() =>
      fc.assert(
        fc.property(fc.array(wordpressPost, { minLength: 1, maxLength: 8 }), (posts) => {
          parsesOrFeedError(JSON.parse(JSON.stringify(posts)) as unknown);
        }),
        { numRuns: 300 },
      ),
    );
  });

  it('never changes Object.prototype, whatever the input', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort().join();
    silenced(() =>
      fc.assert(
        fc.property(fc.array(jsonFeedItem, { maxLength: 4 }), (items) => {
          // Every run carries a "__proto__" object with a key the check below looks for.
          const polluting = { id: 'p', title: 't', _news: { polluted: true } };
          const text = JSON.stringify({ version: '1', items: [polluting, ...items] }).replace(
            /"_news"/g,
            '"__proto__"',
          );
          parsesOrFeedError(JSON.parse(text) as unknown);
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        }),
        { numRuns: 100 },
      ),
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).to.equal(before);
  });
});
