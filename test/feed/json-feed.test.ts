import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { NewsItem } from '../../src/feed/types.js';
import { captureWarnings, guardPageErrors } from './helpers.js';

const FEED_URL = 'https://portal.example/feeds/main.json';

function feedOf(items: unknown[], extra: Record<string, unknown> = {}): unknown {
  return { version: 'https://jsonfeed.org/version/1.1', ...extra, items };
}

function only(items: unknown[]): NewsItem {
  const feed = parseFeed(feedOf(items), FEED_URL);
  expect(feed.items).to.have.length(1);
  return feed.items[0]!;
}

describe('JSON Feed adapter', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  it('maps every field of a full item, feed fields included', () => {
    const feed = parseFeed(
      feedOf(
        [
          {
            id: 'a1',
            url: 'https://portal.example/berita/a1',
            title: '  Upaya   Balikpapan\nBangun Birokrasi ',
            content_html: '<p>Isi <b>berita</b></p>',
            summary: 'Ringkasan',
            image: 'https://portal.example/img/a1.jpg',
            date_published: '2025-06-30T09:00:00+08:00',
            date_modified: '2025-06-30T10:30:00+08:00',
            authors: [{ name: 'Writer', url: 'https://portal.example/writer', avatar: '/avatars/w.png' }],
            tags: [' Balikpapan ', 'Integritas', 'balikpapan', 7, null, ''],
            _news: {
              category: 'Daerah',
              region: 'Kalimantan Timur',
              views: 20,
              image_caption: 'Sekda Kota Balikpapan',
              image_width: 1200,
              image_height: 675,
              related: ['a4', 2, 'a4', { id: 'x' }],
            },
          },
        ],
        { title: 'Portal', language: 'id', home_page_url: 'https://portal.example/' },
      ),
      FEED_URL,
    );
    expect(feed.format).to.equal('json-feed');
    expect(feed.title).to.equal('Portal');
    expect(feed.language).to.equal('id');
    expect(feed.homeUrl).to.equal('https://portal.example/');
    expect(feed.items[0]).to.deep.equal({
      id: 'a1',
      url: 'https://portal.example/berita/a1',
      title: 'Upaya Balikpapan Bangun Birokrasi',
      contentHtml: '<p>Isi <b>berita</b></p>',
      summary: 'Ringkasan',
      image: 'https://portal.example/img/a1.jpg',
      imageCaption: 'Sekda Kota Balikpapan',
      imageWidth: 1200,
      imageHeight: 675,
      published: new Date('2025-06-30T01:00:00Z'),
      publishedOffset: 480,
      modified: new Date('2025-06-30T02:30:00Z'),
      authors: [
        {
          name: 'Writer',
          url: 'https://portal.example/writer',
          avatar: 'https://portal.example/avatars/w.png',
        },
      ],
      tags: ['Balikpapan', 'Integritas'],
      category: 'Daerah',
      region: 'Kalimantan Timur',
      views: 20,
      related: ['a4', '2'],
    });
    expect(warnings).to.deep.equal([]);
  });

  it('reads the shared fixture (feed-basic.json)', async () => {
    const json: unknown = await (await fetch('/test/fixtures/feed-basic.json')).json();
    const feed = parseFeed(json, new URL('/test/fixtures/feed-basic.json', location.href).href);
    expect(feed.items.map((item) => item.id)).to.deep.equal(['a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(feed.items[1]!.title).to.equal(
      'Kilang Pertamina Unit Balikpapan Gelar Monitoring & Evaluasi Program KALIANDRA',
    );
    expect(feed.items[0]!.related).to.deep.equal(['a4', 'a2']);
    expect(feed.items[4]!.views).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('turns a numeric id into a string', () => {
    expect(only([{ id: 42, title: 'T' }]).id).to.equal('42');
  });

  it('falls back to the summary, then the first line of content_text, for a missing title', () => {
    expect(only([{ id: 'a', summary: 'Short summary', content_text: 'Body' }]).title).to.equal(
      'Short summary',
    );
    expect(only([{ id: 'a', content_text: '\n  First line\nSecond line' }]).title).to.equal('First line');
    expect(only([{ id: 'a', content_html: '<p>From <i>HTML</i> &amp; more</p><p>next</p>' }]).title).to.equal(
      'From HTML & more',
    );
  });

  it('shortens a derived title with an ellipsis', () => {
    const title = only([{ id: 'a', content_text: 'x'.repeat(500) }]).title;
    expect(title.length).to.equal(160);
    expect(title.endsWith('…')).to.equal(true);
  });

  it('escapes content_text into paragraphs of text', () => {
    const item = only([
      { id: 'a', title: 'T', content_text: 'a < b & c > d\nline two\n\n<script>x</script>' },
    ]);
    expect(item.contentHtml).to.equal(
      '<p>a &lt; b &amp; c &gt; d<br>line two</p><p>&lt;script&gt;x&lt;/script&gt;</p>',
    );
  });

  it('prefers content_html over content_text, and gives an empty body when there is none', () => {
    expect(only([{ id: 'a', title: 'T', content_html: '<p>h</p>', content_text: 't' }]).contentHtml).to.equal(
      '<p>h</p>',
    );
    expect(only([{ id: 'a', title: 'T' }]).contentHtml).to.equal('');
  });

  it('uses banner_image when there is no image', () => {
    expect(only([{ id: 'a', title: 'T', banner_image: 'https://cdn.example/b.jpg' }]).image).to.equal(
      'https://cdn.example/b.jpg',
    );
  });

  it('reads a JSON Feed 1.0 author, and falls back to the feed authors', () => {
    expect(only([{ id: 'a', title: 'T', author: { name: 'Old style' } }]).authors).to.deep.equal([
      { name: 'Old style' },
    ]);
    const feed = parseFeed(feedOf([{ id: 'a', title: 'T' }], { authors: [{ name: 'Desk' }] }), FEED_URL);
    expect(feed.items[0]!.authors).to.deep.equal([{ name: 'Desk' }]);
  });

  it('drops authors without a name and author URLs outside the policy', () => {
    const item = only([
      {
        id: 'a',
        title: 'T',
        authors: [
          { url: 'https://x.example' },
          { name: 'Ok', url: 'javascript:alert(1)', avatar: 'data:image/png,x' },
        ],
      },
    ]);
    expect(item.authors).to.deep.equal([{ name: 'Ok' }]);
  });

  it('accepts numeric strings for views and floors fractions; rejects negatives and junk', () => {
    const views = (value: unknown): number | undefined =>
      only([{ id: 'a', title: 'T', _news: { views: value } }]).views;
    expect(views('20')).to.equal(20);
    expect(views(20.9)).to.equal(20);
    expect(views(0)).to.equal(0);
    expect(views(-1)).to.equal(undefined);
    expect(views('20 kali')).to.equal(undefined);
    expect(views(null)).to.equal(undefined);
    expect(views([20])).to.equal(undefined);
  });

  it('reads the hero image text alternative from _news.image_alt', () => {
    const item = only([
      { id: 'a', title: 'T', _news: { image_alt: '  Tugu   Balikpapan ', image_caption: 'Foto' } },
    ]);
    expect(item.imageAlt).to.equal('Tugu Balikpapan');
    expect(only([{ id: 'a', title: 'T', _news: { image_alt: 5 } }]).imageAlt).to.equal(undefined);
  });

  it('keeps only positive image sizes', () => {
    const item = only([{ id: 'a', title: 'T', _news: { image_width: 0, image_height: -5 } }]);
    expect(item.imageWidth).to.equal(undefined);
    expect(item.imageHeight).to.equal(undefined);
  });

  it("keeps the publisher's UTC offset from date_published", () => {
    const offset = (date: string): number | undefined =>
      only([{ id: 'a', title: 'T', date_published: date }]).publishedOffset;
    expect(offset('2025-06-30T09:00:00+08:00')).to.equal(480);
    expect(offset('2025-06-30T09:00:00-0330')).to.equal(-210);
    expect(offset('2025-06-30T09:00:00Z')).to.equal(0);
    expect(offset('2025-06-30T09:00:00')).to.equal(undefined);
    expect(offset('2025-06-30')).to.equal(undefined);
    expect(offset('2025-06-30 09:00:00 +08:00')).to.equal(480);
  });

  it('ignores invalid dates with a warning naming the item and field', () => {
    const item = only([{ id: 'd1', title: 'T', date_published: 'yesterday-ish', date_modified: 12 }]);
    expect(item.published).to.equal(undefined);
    expect(item.modified).to.equal(undefined);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('#0 (id "d1")').and.contain('"date_published"');
    expect(warnings[1]).to.contain('"date_modified"');
  });

  it('ignores fields of the wrong type instead of failing the item', () => {
    const item = only([
      {
        id: 'a',
        title: 'T',
        url: 42,
        summary: { text: 'x' },
        image: ['https://x.example/a.jpg'],
        tags: 'not-an-array',
        authors: 'me',
        _news: { category: 5, region: ['Bali'], related: 'a2', image_caption: true },
      },
    ]);
    expect(item).to.deep.equal({ id: 'a', title: 'T', contentHtml: '', authors: [], tags: [], related: [] });
  });

  it('resolves relative URLs against the feed URL and drops unsafe ones', () => {
    const item = only([{ id: 'a', title: 'T', url: '../berita/a', image: 'img/a.jpg' }]);
    expect(item.url).to.equal('https://portal.example/berita/a');
    expect(item.image).to.equal('https://portal.example/feeds/img/a.jpg');
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      ' java\tscript:alert(1)',
      'JaVaScRiPt:x',
    ]) {
      const unsafe = only([{ id: 'a', title: 'T', url: bad, image: bad, banner_image: bad }]);
      expect(unsafe.url, bad).to.equal(undefined);
      expect(unsafe.image, bad).to.equal(undefined);
    }
  });

  it('does not list an item as related to itself', () => {
    expect(only([{ id: 'a', title: 'T', _news: { related: ['a', 'b'] } }]).related).to.deep.equal(['b']);
  });

  it('drops an invalid language tag, and reads a POSIX-style one (id_ID)', () => {
    expect(parseFeed(feedOf([], { language: 'not a tag!' }), FEED_URL).language).to.equal(undefined);
    expect(parseFeed(feedOf([], { language: 'en-us' }), FEED_URL).language).to.equal('en-US');
    expect(parseFeed(feedOf([], { language: 'id_ID' }), FEED_URL).language).to.equal('id-ID');
  });

  describe('dates, the same for every reader', () => {
    const published = (date: string): string | undefined =>
      only([{ id: 'a', title: 'T', date_published: date }]).published?.toISOString();

    it('reads RFC 3339 with any offset, fractions and a space for T', () => {
      expect(published('2025-06-30T09:00:00+08:00')).to.equal('2025-06-30T01:00:00.000Z');
      expect(published('2025-06-30T09:00:00.123456-0330')).to.equal('2025-06-30T12:30:00.123Z');
      expect(published('2025-06-30 09:00:00z')).to.equal('2025-06-30T09:00:00.000Z');
      expect(published('2025-06-30t09:00:00 +08:00')).to.equal('2025-06-30T01:00:00.000Z');
      // The 31st is checked as written, not as the UTC day the offset makes of it.
      expect(published('2025-07-31T01:00:00+08:00')).to.equal('2025-07-30T17:00:00.000Z');
      expect(published('2025-12-31T23:30:00-01:00')).to.equal('2026-01-01T00:30:00.000Z');
    });

    it("reads a date-time without a zone as UTC, never as the reader's local time", () => {
      // The premise: the runner puts the browsers in a zone that is not UTC (WITA).
      expect(new Date(2025, 5, 30, 9).getTimezoneOffset(), 'a reader off UTC').to.not.equal(0);
      // Date.parse would read these in the reader's zone (and the space form only in some engines).
      expect(published('2025-06-30T09:00:00')).to.equal('2025-06-30T09:00:00.000Z');
      expect(published('2025-06-30 09:00')).to.equal('2025-06-30T09:00:00.000Z');
      expect(published('2025-06-30')).to.equal('2025-06-30T00:00:00.000Z');
    });

    it('drops impossible dates and formats browsers read differently, with a warning', () => {
      for (const bad of [
        '2025-06-31T09:00:00Z',
        '2025-02-29',
        '2025-06-30T24:00:00Z',
        '2025-06-30T09:60Z',
        'June 30, 2025',
        '2025-06-30T09:00:00+99:00',
        '2025-06-30 09:00+23:99',
        '2025-06-30-0800',
        'Mon, 31 Jun 2025 09:00:00 +0800',
      ]) {
        expect(published(bad), bad).to.equal(undefined);
      }
      expect(warnings).to.have.length(9);
      expect(published('2024-02-29')).to.equal('2024-02-29T00:00:00.000Z');
      // RSS's RFC 2822 carries its zone: every engine reads it alike.
      expect(published('Mon, 30 Jun 2025 09:00:00 +0800')).to.equal('2025-06-30T01:00:00.000Z');
      expect(published('Mon, 30 Jun 2025 09:00:00 GMT')).to.equal('2025-06-30T09:00:00.000Z');
    });
  });

  it("applies the feed's authors to an item whose own list names nobody", () => {
    const feed = (item: Record<string, unknown>) =>
      parseFeed(feedOf([{ id: 'a', title: 'T', ...item }], { authors: [{ name: 'Redaksi' }] }), FEED_URL)
        .items[0]!;
    expect(feed({ authors: [] }).authors).to.deep.equal([{ name: 'Redaksi' }]);
    expect(feed({ authors: [{ url: 'https://portal.example/a' }] }).authors).to.deep.equal([
      { name: 'Redaksi' },
    ]);
    // 1.0's `author` when 1.1's list names nobody.
    expect(feed({ authors: [], author: { name: 'Writer' } }).authors).to.deep.equal([{ name: 'Writer' }]);
    expect(feed({ authors: [{ name: 'A' }], author: { name: 'B' } }).authors).to.deep.equal([{ name: 'A' }]);
  });
});
