import { expect } from '@open-wc/testing';
import { normalizeName, rankRelated, rankTrending, selectArticle } from '../../src/feed/select.js';
import type { NewsItem } from '../../src/feed/types.js';

const DAY = 86_400_000;
const NOW = Date.parse('2025-09-14T00:00:00Z');

function item(id: string, fields: Partial<NewsItem> & { daysAgo?: number } = {}): NewsItem {
  const { daysAgo, ...rest } = fields;
  return {
    id,
    title: `Title ${id}`,
    contentHtml: '',
    authors: [],
    tags: [],
    related: [],
    ...(daysAgo === undefined ? {} : { published: new Date(NOW - daysAgo * DAY) }),
    ...rest,
  };
}

const ids = (items: NewsItem[]): string[] => items.map((entry) => entry.id);

describe('selectArticle', () => {
  const items = [
    item('10', { url: 'https://portal.example/a/ten/', daysAgo: 3 }),
    item('b', { url: 'https://portal.example/b', daysAgo: 1 }),
    item('c'),
  ];

  it('picks by id, comparing as strings (numeric WordPress ids match)', () => {
    expect(selectArticle(items, { id: 10 })?.id).to.equal('10');
    expect(selectArticle(items, { id: 'b' })?.id).to.equal('b');
  });

  it('picks by URL, compared as absolute URLs without fragment or trailing slash', () => {
    expect(selectArticle(items, { url: 'https://portal.example/a/ten#comments' })?.id).to.equal('10');
    expect(selectArticle(items, { url: 'https://portal.example/b/' })?.id).to.equal('b');
  });

  it('gives undefined when the id or URL matches nothing', () => {
    expect(selectArticle(items, { id: 'zzz' })).to.equal(undefined);
    expect(selectArticle(items, { url: 'https://portal.example/none' })).to.equal(undefined);
  });

  it('picks the newest item without id or URL; items without a date come last', () => {
    expect(selectArticle(items)?.id).to.equal('b');
    expect(selectArticle([item('x'), item('y')])?.id).to.equal('x');
    expect(selectArticle([item('x'), item('y', { daysAgo: 9 })])?.id).to.equal('y');
    expect(
      selectArticle([item('p', { daysAgo: 1 }), item('q', { daysAgo: 1 })])?.id,
      'a tie: feed order',
    ).to.equal('p');
    expect(selectArticle([])).to.equal(undefined);
  });
});

describe('normalizeName', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(normalizeName('  Kalimantan   Timur ')).to.equal('kalimantan timur');
    expect(normalizeName('Balí')).to.equal(normalizeName('Bali'));
    expect(normalizeName('JAWA BARAT')).to.equal(normalizeName('Jawa Barat'));
    expect(normalizeName('Bali'.normalize('NFD'))).to.equal('bali');
  });
});

describe('rankTrending', () => {
  const feed = [
    item('kt-low', { region: 'Kalimantan Timur', views: 20, daysAgo: 1 }),
    item('kt-high', { region: 'Kalimantan Timur', views: 845, daysAgo: 2 }),
    item('kt-tie-old', { region: 'kalimantan timur', views: 100, daysAgo: 5 }),
    item('kt-tie-new', { region: 'KALIMANTAN  TIMUR', views: 100, daysAgo: 4 }),
    item('kt-none', { region: 'Kalimantan Timur', daysAgo: 0 }),
    item('jb', { region: 'JAWA BARAT', views: 5000, daysAgo: 1 }),
    item('bali', { region: 'Balí', views: 1, daysAgo: 1 }),
  ];

  it('matches the region case- and accent-insensitively', () => {
    expect(ids(rankTrending(feed, { region: 'kalimantan timur', limit: 10 }))).to.have.members([
      'kt-low',
      'kt-high',
      'kt-tie-old',
      'kt-tie-new',
      'kt-none',
    ]);
    expect(ids(rankTrending(feed, { region: 'Jawa Barat' }))).to.deep.equal(['jb']);
    expect(ids(rankTrending(feed, { region: 'Bali' }))).to.deep.equal(['bali']);
  });

  it('ranks by views, ties newest first, missing views as 0', () => {
    expect(ids(rankTrending(feed, { region: 'Kalimantan Timur' }))).to.deep.equal([
      'kt-high',
      'kt-tie-new',
      'kt-tie-old',
      'kt-low',
      'kt-none',
    ]);
  });

  it('ranks newest first when no candidate has views', () => {
    const plain = [
      item('old', { daysAgo: 9 }),
      item('undated'),
      item('new', { daysAgo: 1 }),
      item('mid', { daysAgo: 4 }),
    ];
    expect(ids(rankTrending(plain))).to.deep.equal(['new', 'mid', 'old', 'undated']);
  });

  it('takes all items without a region, and respects the limit', () => {
    expect(ids(rankTrending(feed, { limit: 2 }))).to.deep.equal(['jb', 'kt-high']);
    expect(rankTrending(feed)).to.have.length(5);
    expect(rankTrending(feed, { limit: 0 })).to.deep.equal([]);
  });

  it('keeps only items published within sinceDays of now', () => {
    expect(ids(rankTrending(feed, { region: 'Kalimantan Timur', sinceDays: 3, now: NOW }))).to.deep.equal([
      'kt-high',
      'kt-low',
      'kt-none',
    ]);
  });

  it('matches WordPress items (no region) by category names and tags', () => {
    const wp = [
      item('cat', { category: 'Daerah', categories: ['Daerah', 'Kalimantan Timur'], views: 3 }),
      item('tag', { tags: ['Balikpapan', 'kalimantan timur'], views: 9 }),
      item('other', { categories: ['Ekonomi'], tags: ['Tarakan'], views: 99 }),
      item('has-region', { region: 'Bali', tags: ['Kalimantan Timur'], views: 50 }),
    ];
    expect(ids(rankTrending(wp, { region: 'Kalimantan Timur' }))).to.deep.equal(['tag', 'cat']);
  });

  it('ranks 10,000 items', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      item(`i${i}`, {
        region: i % 3 === 0 ? 'Kalimantan Timur' : 'Bali',
        views: i % 997,
        tags: ['A', 'B'],
        daysAgo: i % 50,
      }),
    );
    const top = rankTrending(many, { region: 'kalimantan timur' });
    expect(top).to.have.length(5);
    expect(top[0]!.views).to.equal(996);
  });
});

describe('rankRelated', () => {
  const article = item('a', {
    tags: ['Balikpapan', 'Integritas'],
    category: 'Daerah',
    region: 'Kalimantan Timur',
    related: ['r2', 'missing', 'r1', 'a'],
    daysAgo: 2,
  });
  const feed = [
    article,
    item('r1', { daysAgo: 30 }),
    item('r2', { daysAgo: 40 }),
    item('two-tags', { tags: ['balikpapan', 'INTEGRITAS'], daysAgo: 20 }), // 6
    item('tag-cat', { tags: ['Balikpapan'], category: 'daerah', daysAgo: 10 }), // 5
    item('tag-region-new', { tags: ['Balikpapan'], region: 'Kalimantan Timur', daysAgo: 1 }), // 5, newer
    item('cat', { category: 'Daerah', daysAgo: 3 }), // 2
    item('latest', { daysAgo: 0 }),
    item('older', { daysAgo: 50 }),
  ];

  it('lists related ids first in order, then by score (ties newest), then the newest others', () => {
    expect(ids(rankRelated(feed, { articleId: 'a', limit: 10 }))).to.deep.equal([
      'r2',
      'r1',
      'two-tags',
      'tag-region-new',
      'tag-cat',
      'cat',
      'latest',
      'older',
    ]);
  });

  it('never lists the article itself, and respects limit and excludeIds', () => {
    expect(ids(rankRelated(feed, { articleId: 'a', limit: 3 }))).to.deep.equal(['r2', 'r1', 'two-tags']);
    expect(
      ids(rankRelated(feed, { articleId: 'a', limit: 3, excludeIds: ['r2', 'two-tags'] })),
    ).to.deep.equal(['r1', 'tag-region-new', 'tag-cat']);
  });

  it('falls back to the newest items without an article', () => {
    expect(ids(rankRelated(feed, { limit: 3 }))).to.deep.equal(['latest', 'tag-region-new', 'a']);
    expect(ids(rankRelated(feed, { articleId: 'unknown', limit: 2 }))).to.deep.equal([
      'latest',
      'tag-region-new',
    ]);
  });

  it('matches numeric article ids as strings', () => {
    const wp = [item('5', { related: ['6'] }), item('6'), item('7')];
    expect(ids(rankRelated(wp, { articleId: 5 }))).to.deep.equal(['6', '7']);
  });

  it('ranks 10,000 items', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      item(`i${i}`, { tags: [`t${i % 40}`, `t${i % 7}`], category: `c${i % 5}`, daysAgo: i % 90 }),
    );
    expect(rankRelated(many, { articleId: 'i0', limit: 5 })).to.have.length(5);
  });
});
