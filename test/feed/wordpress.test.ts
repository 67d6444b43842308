import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { NewsFeed, NewsItem } from '../../src/feed/types.js';
import { abs, captureWarnings, guardPageErrors } from './helpers.js';

const WP_URL = 'https://portal.example/wp-json/wp/v2/posts?_embed';

function post(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 7, link: 'https://portal.example/p/7/', title: { rendered: 'Judul' }, ...extra };
}

function one(extra: Record<string, unknown>): NewsItem {
  const feed = parseFeed([post(extra)], WP_URL);
  expect(feed.items).to.have.length(1);
  return feed.items[0]!;
}

describe('WordPress adapter', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  describe('the realistic fixture (wordpress-posts.json)', () => {
    let feed: NewsFeed;
    before(async () => {
      const json: unknown = await (await fetch('/test/fixtures/wordpress-posts.json')).json();
      feed = parseFeed(json, abs('/test/fixtures/wordpress-posts.json'));
    });

    it('is detected as WordPress and reads every post', () => {
      expect(feed.format).to.equal('wordpress');
      expect(feed.items.map((item) => item.id)).to.deep.equal(['10241', '10236', '10233', '10230']);
      expect(warnings).to.deep.equal([]);
    });

    it('maps every field of a post with embedded media, author and terms', () => {
      const item = feed.items[0]!;
      expect(item.title).to.equal(
        'HUT Ke – 66 Pelopor Tahun 2025, Batalyon A Brimob Kaltim Gelar Penyucian Tunggul',
      );
      expect(item.url).to.equal(
        'https://example.com/2025/09/13/hut-ke-66-pelopor-tahun-2025-batalyon-a-brimob-kaltim-gelar-penyucian-tunggul/',
      );
      expect(item.contentHtml).to.match(/^<p>BALIKPAPAN- Batalyon A Pelopor/);
      expect(item.contentHtml).to.contain('&#8220;Tradisi ini');
      expect(item.summary).to.match(/^BALIKPAPAN- Batalyon A Pelopor .* jati diri \[…\]$/);
      expect(item.published?.toISOString()).to.equal('2025-09-13T07:55:00.000Z');
      expect(item.publishedOffset).to.equal(480);
      expect(item.modified?.toISOString()).to.equal('2025-09-13T08:02:11.000Z');
      // The `large` size WordPress made, not the 1280 px original.
      expect(item.image).to.equal(
        'https://example.com/wp-content/uploads/2025/09/penyucian-tunggul-brimob-1024x576.jpg',
      );
      expect(item.imageCaption).to.equal('Personel Batalyon A Pelopor mengikuti upacara penyucian tunggul.');
      expect(item.imageWidth).to.equal(1024);
      expect(item.imageHeight).to.equal(576);
      expect(item.authors).to.deep.equal([
        {
          name: 'Writer',
          url: 'https://example.com/author/writer/',
          avatar: 'https://secure.gravatar.com/avatar/6f1ed002ab5595859014ebf0951522d9?s=96&d=mm&r=g',
        },
      ]);
      expect(item.category).to.equal('Daerah');
      expect(item.categories).to.deep.equal(['Daerah', 'Kalimantan Timur']);
      expect(item.tags).to.deep.equal(['Balikpapan', 'Brimob']);
      expect(item.views).to.equal(87);
      expect(item.region).to.equal(undefined);
      expect(item.related).to.deep.equal([]);
    });

    it('decodes entities in titles and captions to text', () => {
      const item = feed.items[1]!;
      expect(item.title).to.equal(
        'Kilang Pertamina Unit Balikpapan Gelar Monitoring & Evaluasi Program KALIANDRA Bersama Stakeholder dan Mitra Binaan',
      );
      expect(item.imageCaption).to.equal(
        'Kegiatan monitoring & evaluasi program KALIANDRA bersama mitra binaan.',
      );
      expect(item.views).to.equal(1234);
    });

    it('leaves views and image undefined where the post has none', () => {
      expect(feed.items[2]!.views).to.equal(undefined);
      expect(feed.items[2]!.tags).to.deep.equal(['Tarakan', 'Kalimantan Utara', 'PDAM']);
      expect(feed.items[3]!.image).to.equal(undefined);
      expect(feed.items[3]!.imageCaption).to.equal(undefined);
    });
  });

  it('strips tags and decodes entities in titles', () => {
    expect(
      one({ title: { rendered: '<em>Breaking</em>: A &amp; B &#8211; C&nbsp;D &hellip;' } }).title,
    ).to.equal('Breaking: A & B – C\u00a0D …');
  });

  it('keeps markup-looking text in a title as text, never as markup', () => {
    expect(one({ title: { rendered: '1 &lt; 2 &lt;script&gt;alert(1)&lt;/script&gt;' } }).title).to.equal(
      '1 < 2 <script>alert(1)</script>',
    );
  });

  it('turns the numeric id into a string', () => {
    expect(one({ id: 123 }).id).to.equal('123');
  });

  it('reads views from the fields view-count plugins expose, in order', () => {
    expect(one({ meta: { views: '15' }, post_views: 99 }).views).to.equal(15);
    expect(one({ meta: { post_views_count: ['42'] } }).views).to.equal(42);
    expect(one({ post_views: 7 }).views).to.equal(7);
    expect(one({ views: '3' }).views).to.equal(3);
    expect(one({ meta: { views: 'lots' }, views: -2 }).views).to.equal(undefined);
    // Thousands separators as PHP's number_format writes them for id-ID and en.
    expect(one({ meta: { views: '1.234' } }).views).to.equal(1234);
    expect(one({ meta: { views: '12,345,678' } }).views).to.equal(12345678);
    // A decimal is no grouping: fractions are dropped as before.
    expect(one({ meta: { views: '0.500' } }).views).to.equal(0);
  });

  it('reads a region from meta.region, acf.region, or a region taxonomy', () => {
    expect(one({ meta: { region: 'Bali' } }).region).to.equal('Bali');
    expect(one({ acf: { region: 'Jawa Barat' } }).region).to.equal('Jawa Barat');
    expect(one({ acf: { region: 5 } }).region).to.equal(undefined);
    const terms = (taxonomy: string) => ({
      _embedded: {
        'wp:term': [
          [{ taxonomy: 'category', name: 'Daerah' }],
          [{ taxonomy, name: 'Kalimantan &amp; Timur' }],
        ],
      },
    });
    expect(one(terms('wilayah')).region).to.equal('Kalimantan & Timur');
    expect(one(terms('region')).region).to.equal('Kalimantan & Timur');
    expect(one(terms('genre')).region).to.equal(undefined);
    expect(one({ meta: { region: 'Bali' }, ...terms('wilayah') }).region).to.equal('Bali');
  });

  it('treats date_gmt as UTC and falls back to date', () => {
    expect(one({ date_gmt: '2025-06-30T01:00:00' }).published?.toISOString()).to.equal(
      '2025-06-30T01:00:00.000Z',
    );
    expect(one({ date_gmt: null, date: '2025-06-30T09:00:00' }).published?.toISOString()).to.equal(
      '2025-06-30T09:00:00.000Z',
    );
  });

  it("takes the publisher's UTC offset from date and date_gmt", () => {
    expect(one({ date: '2025-06-30T09:00:00', date_gmt: '2025-06-30T01:00:00' }).publishedOffset).to.equal(
      480,
    );
    expect(one({ date: '2025-06-30T01:00:00', date_gmt: '2025-06-30T06:30:00' }).publishedOffset).to.equal(
      -330,
    );
    expect(one({ date_gmt: '2025-06-30T01:00:00' }).publishedOffset).to.equal(undefined);
    // No date_gmt (a draft, an import): the site's own wall time, the same for every reader.
    expect(one({ date: '2025-06-30T09:00:00', date_gmt: null }).publishedOffset).to.equal(0);
    expect(one({ date: '2025-07-30T09:00:00', date_gmt: '2025-06-30T01:00:00' }).publishedOffset).to.equal(
      undefined,
    );
  });

  it('ignores embedded entries that are error objects', () => {
    const item = one({
      _embedded: {
        author: [{ code: 'rest_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } }],
        'wp:featuredmedia': [{ code: 'rest_forbidden', message: 'Sorry', data: { status: 401 } }],
      },
    });
    expect(item.authors).to.deep.equal([]);
    expect(item.image).to.equal(undefined);
    // A private attachment embeds as an error: Jetpack's copy of the URL stands in.
    const jetpack = one({
      _embedded: { 'wp:featuredmedia': [{ code: 'rest_forbidden', data: { status: 401 } }] },
      jetpack_featured_media_url: 'https://portal.example/foto.jpg',
    });
    expect(jetpack.image).to.equal('https://portal.example/foto.jpg');
    expect(jetpack.imageWidth).to.equal(undefined);
  });

  it("reads the featured image's alt_text as its text alternative", () => {
    const item = one({
      _embedded: {
        'wp:featuredmedia': [{ source_url: 'https://portal.example/f.jpg', alt_text: 'Tugu di tepi sungai' }],
      },
    });
    expect(item.imageAlt).to.equal('Tugu di tepi sungai');
  });

  it('takes the large size of the featured image, then medium_large, then the original', () => {
    const media = (sizes: Record<string, unknown>) => ({
      _embedded: {
        'wp:featuredmedia': [
          {
            source_url: 'https://portal.example/f-scaled.jpg',
            media_details: { width: 2560, height: 1440, sizes },
          },
        ],
      },
    });
    const large = { source_url: 'https://portal.example/f-1024x576.jpg', width: 1024, height: 576 };
    const mediumLarge = { source_url: 'https://portal.example/f-768x432.jpg', width: 768, height: 432 };
    const pick = (item: NewsItem) => [item.image, item.imageWidth, item.imageHeight];
    expect(pick(one(media({ large, medium_large: mediumLarge })))).to.deep.equal([
      large.source_url,
      1024,
      576,
    ]);
    expect(pick(one(media({ medium_large: mediumLarge })))).to.deep.equal([mediumLarge.source_url, 768, 432]);
    expect(pick(one(media({})))).to.deep.equal(['https://portal.example/f-scaled.jpg', 2560, 1440]);
    // A size whose URL the policy drops gives way to the next.
    expect(pick(one(media({ large: { ...large, source_url: 'javascript:alert(1)' } })))).to.deep.equal([
      'https://portal.example/f-scaled.jpg',
      2560,
      1440,
    ]);
  });

  it('decodes term names and de-duplicates them', () => {
    const item = one({
      _embedded: {
        'wp:term': [
          [
            { taxonomy: 'category', name: 'Monitoring &amp; Evaluasi' },
            { taxonomy: 'category', name: 'Monitoring &amp; Evaluasi' },
          ],
          [{ taxonomy: 'post_tag', name: 'Kaltim' }, { taxonomy: 'post_format', name: 'Video' }, 'junk'],
        ],
      },
    });
    expect(item.categories).to.deep.equal(['Monitoring & Evaluasi']);
    expect(item.category).to.equal('Monitoring & Evaluasi');
    expect(item.tags).to.deep.equal(['Kaltim']);
  });

  it('takes related ids from Jetpack related posts', () => {
    expect(one({ 'jetpack-related-posts': [{ id: 9 }, { id: 7 }, { id: 'x' }, {}] }).related).to.deep.equal([
      '9',
      'x',
    ]);
  });

  it('drops unsafe URLs from links, media and avatars', () => {
    const item = one({
      link: 'javascript:alert(1)',
      _embedded: {
        author: [{ name: 'A', link: 'javascript:alert(1)', avatar_urls: { 96: 'data:image/png;base64,AA' } }],
        'wp:featuredmedia': [{ source_url: ' java\tscript:alert(1)' }],
      },
    });
    expect(item.url).to.equal(undefined);
    expect(item.image).to.equal(undefined);
    expect(item.authors).to.deep.equal([{ name: 'A' }]);
  });

  it('derives the home page from a /wp-json/ feed URL', () => {
    expect(parseFeed([post()], WP_URL).homeUrl).to.equal('https://portal.example/');
  });

  it('skips a post without an id with a warning, keeping the others', () => {
    const feed = parseFeed([post(), { title: { rendered: 'No id' } }], WP_URL);
    expect(feed.items).to.have.length(1);
    expect(warnings).to.deep.equal(['[news-widgets] skipped feed item #1: "id" is missing']);
  });
});
