// The RSS and Atom reader, field by field (docs/feed-format.md). The documents are cut down from
// the real ones in test/fixtures/real/ where one shows the case (named beside each), and written
// here for the edge cases no real document in the corpus shows.
import { expect } from '@open-wc/testing';
import { firstImage } from '../../src/feed/adapter.js';
import { parseFeedBody } from '../../src/feed/parse.js';
import type { NewsFeed, NewsItem } from '../../src/feed/types.js';
import { captureWarnings, guardPageErrors, rejection, uniqueKey } from './helpers.js';

const FEED_URL = 'https://portal.example/feed/';

const NAMESPACES =
  'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom"';

const rss = (items: string, channel = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" ${NAMESPACES}><channel><title>Portal</title>` +
  `<link>https://portal.example/</link><language>id</language>${channel}${items}</channel></rss>`;

const atom = (entries: string, feed = ''): string =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">` +
  `<title type="html">Blog &amp;amp; mehr</title><link rel="alternate" href="/blog/"/>${feed}${entries}</feed>`;

const parse = (xml: string): Promise<NewsFeed> => parseFeedBody({ xml }, FEED_URL);

async function only(xml: string): Promise<NewsItem> {
  const { items } = await parse(xml);
  expect(items).to.have.length(1);
  return items[0]!;
}

describe('RSS and Atom reader', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  describe('RSS 2.0', () => {
    it('maps every field of a full item, and the channel', async () => {
      // Shaped like rss-wordpress-golkar-feed.xml and rss-detik-news.xml.
      const feed = await parse(
        rss(`<item>
          <title>Golkar &amp;#8211; Kaltim &lt;b&gt;menang&lt;/b&gt;</title>
          <link>https://portal.example/berita/1</link>
          <guid isPermaLink="false">https://portal.example/?p=1</guid>
          <pubDate>Mon, 30 Jun 2025 09:00:00 +0800</pubDate>
          <dc:creator><![CDATA[Rina Writer]]></dc:creator>
          <category><![CDATA[Daerah]]></category><category>Kalimantan Timur</category><category>daerah</category>
          <description><![CDATA[<p>Ringkasan &hellip; berita</p>]]></description>
          <content:encoded><![CDATA[<p>Isi <b>lengkap</b> berita.</p>]]></content:encoded>
          <media:content url="https://cdn.example/a-300.jpg" medium="image" width="300" height="200"/>
          <media:content url="https://cdn.example/a-1024.jpg" medium="image" width="1024" height="683">
            <media:description>Foto: Rina</media:description></media:content>
          <enclosure url="https://cdn.example/a.mp3" length="1234" type="audio/mpeg"/>
        </item>`),
      );
      expect(feed).to.include({
        format: 'rss',
        title: 'Portal',
        language: 'id',
        homeUrl: 'https://portal.example/',
      });
      const item = feed.items[0]!;
      expect(item).to.deep.equal({
        id: 'https://portal.example/?p=1',
        url: 'https://portal.example/berita/1',
        title: 'Golkar – Kaltim menang',
        contentHtml: '<p>Isi <b>lengkap</b> berita.</p>',
        summary: 'Ringkasan … berita',
        image: 'https://cdn.example/a-1024.jpg',
        imageWidth: 1024,
        imageHeight: 683,
        imageCaption: 'Foto: Rina',
        attachments: [{ url: 'https://cdn.example/a.mp3', kind: 'audio', type: 'audio/mpeg', size: 1234 }],
        published: new Date('2025-06-30T01:00:00Z'),
        publishedOffset: 480,
        authors: [{ name: 'Rina Writer' }],
        category: 'Daerah',
        categories: ['Daerah', 'Kalimantan Timur'],
        tags: ['Kalimantan Timur'],
        related: [],
      });
    });

    it('takes description as the body when there is no content:encoded, escaped HTML included', async () => {
      // rss-detik-news.xml writes its body as entity-escaped HTML.
      const item = await only(
        rss(`<item><guid>d1</guid><title>Judul</title>
          <description>&lt;img src="https://cdn.example/d.jpg" /&gt;Isi &amp;amp; berita</description></item>`),
      );
      expect(item.contentHtml).to.equal('<img src="https://cdn.example/d.jpg" />Isi &amp; berita');
      expect(item.summary).to.equal('Isi & berita');
      // No media element: the body's first image is the thumbnail, and says so.
      expect(item).to.include({ image: 'https://cdn.example/d.jpg', imageInBody: true });
    });

    it('takes an image enclosure as the image (the largest of several), and audio and video as attachments', async () => {
      const item = await only(
        rss(`<item><guid>e1</guid><title>T</title>
          <enclosure url="/img/e.jpg" type="image/jpg" length="0"/>
          <enclosure url="https://cdn.example/e.mp4" type="Video/MP4"/>
          <media:content url="https://cdn.example/e.m3u8" medium="video" type="application/x-mpegURL"/>
          <media:thumbnail url="https://cdn.example/t-small.jpg" width="120" height="90"/></item>`),
      );
      expect(item.image).to.equal('https://cdn.example/t-small.jpg');
      // The kind from `medium`, else the type whatever its case: a video plays as video.
      expect(item.attachments).to.deep.equal([
        { url: 'https://cdn.example/e.m3u8', kind: 'video', type: 'application/x-mpegURL' },
        { url: 'https://cdn.example/e.mp4', kind: 'video', type: 'Video/MP4' },
      ]);
      const sized = await only(
        rss(`<item><guid>e2</guid><title>T</title><enclosure url="/img/e.jpg" type="image/jpeg"/></item>`),
      );
      expect(sized.image).to.equal('https://portal.example/img/e.jpg');
      expect(sized.imageInBody).to.equal(undefined);
    });

    for (const [written, iso, offset] of [
      ['Mon, 30 Jun 2025 09:00:00 WIB', '2025-06-30T02:00:00.000Z', 420],
      ['Sen, 30 Jun 2025 09:00:00 +0700', '2025-06-30T02:00:00.000Z', 420],
      ['30 Mei 2025 09:00 WITA', '2025-05-30T01:00:00.000Z', 480],
      ['Mon, 30 Jun 25 09:00:00 EDT', '2025-06-30T13:00:00.000Z', -240],
      ['Mon, 30 Jun 2025 09:00:00 GMT', '2025-06-30T09:00:00.000Z', undefined],
      ['2025-06-30T09:00:00+08:00', '2025-06-30T01:00:00.000Z', 480],
      // Indonesian month names that are not English ones, and a two-digit year of the last century.
      ['17 Agu 2025 10:00 WIB', '2025-08-17T03:00:00.000Z', 420],
      ['5 Okt 2025 10:00 WIB', '2025-10-05T03:00:00.000Z', 420],
      ['24 Des 2025 10:00 WIB', '2025-12-24T03:00:00.000Z', 420],
      ['Wed, 30 Jun 99 09:00:00 +0700', '1999-06-30T02:00:00.000Z', 420],
    ] as const) {
      it(`reads the date "${written}" with its zone`, async () => {
        const item = await only(
          rss(`<item><guid>x</guid><title>T</title><pubDate>${written}</pubDate></item>`),
        );
        expect(item.published?.toISOString()).to.equal(iso);
        expect(item.publishedOffset).to.equal(offset);
        expect(item.dateOnly).to.equal(undefined);
      });
    }

    for (const [written, digits, offset] of [
      ['2025-06-30T09:00:00', '2025-06-30T09:00:00', 0],
      ['Mon, 30 Jun 2025 09:00:00', '2025-06-30T09:00:00', 0],
      ['Mon, 30 Jun 2025 09:00:00 XYZ', '2025-06-30T09:00:00', 0],
    ] as const) {
      it(`keeps "${written}", a time without a zone it names, as the publisher's wall-clock time`, async () => {
        const item = await only(
          rss(`<item><guid>x</guid><title>T</title><pubDate>${written}</pubDate></item>`),
        );
        expect(item.zoneless).to.equal(true);
        expect(item.publishedOffset).to.equal(offset);
        expect(item.published?.toISOString().slice(0, 19)).to.equal(digits);
      });
    }

    for (const written of [
      'Mon, 30 Jun 2025 25:00:00 GMT',
      'Mon, 30 Jun 2025 09:60:00 GMT',
      'Mon, 30 Jun 2025 09:00:00 +2400',
    ]) {
      it(`drops the date "${written}", which no clock shows, with a warning`, async () => {
        const item = await only(
          rss(`<item><guid>x</guid><title>T</title><pubDate>${written}</pubDate></item>`),
        );
        expect(item.published).to.equal(undefined);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('"pubDate" is not a valid date');
      });
    }

    it('reads the zones of the neighbours: Singapore, Malaysia, Japan', async () => {
      const feed = await parse(
        rss(
          ['SGT', 'MYT', 'JST']
            .map(
              (zone) =>
                `<item><guid>${zone}</guid><title>T</title><pubDate>30 Jun 2025 09:00 ${zone}</pubDate></item>`,
            )
            .join(''),
        ),
      );
      expect(feed.items.map((item) => [item.publishedOffset, item.zoneless])).to.deep.equal([
        [480, undefined],
        [480, undefined],
        [540, undefined],
      ]);
    });

    it('marks a date without a time of day as date only', async () => {
      const item = await only(
        rss(`<item><guid>x</guid><title>T</title><pubDate>Mon, 30 Jun 2025</pubDate></item>`),
      );
      expect(item.published?.toISOString()).to.equal('2025-06-30T00:00:00.000Z');
      expect(item.dateOnly).to.equal(true);
      const iso = await only(rss(`<item><guid>y</guid><title>T</title><dc:date>2025-06-30</dc:date></item>`));
      expect(iso.dateOnly).to.equal(true);
    });

    it('drops a date that is no real day, with one warning naming the item', async () => {
      const item = await only(
        rss(`<item><guid>x</guid><title>T</title><pubDate>Mon, 31 Jun 2025 09:00:00 GMT</pubDate></item>`),
      );
      expect(item.published).to.equal(undefined);
      expect(warnings).to.deep.equal([
        '[news-widgets] feed item #0 (id "x"): "pubDate" is not a valid date (got a string (\'Mon, 31 Jun 2025 09:…\')); ignored',
      ]);
    });

    it('finds the id in guid, else link, else the enclosure, and skips an item with none', async () => {
      const feed = await parse(
        rss(`<item><title>A</title><link>https://portal.example/a</link></item>
          <item><title>B</title><enclosure url="https://cdn.example/b.mp3" type="audio/mpeg"/></item>
          <item><title>C</title></item>
          <item><title>D</title><guid>https://portal.example/a</guid></item>`),
      );
      expect(feed.items.map((item) => item.id)).to.deep.equal([
        'https://portal.example/a',
        'https://cdn.example/b.mp3',
      ]);
      expect(warnings).to.deep.equal([
        '[news-widgets] skipped feed item #2: guid or link is missing',
        '[news-widgets] skipped feed item #3 (id "https://portal.example/a"): guid or link repeats an earlier item',
      ]);
    });

    it('uses a permalink guid as the url when there is no link, never a guid marked isPermaLink="false"', async () => {
      const feed = await parse(
        rss(`<item><title>A</title><guid>https://portal.example/a</guid></item>
          <item><title>B</title><guid isPermaLink="false">https://portal.example/?p=2</guid></item>`),
      );
      expect(feed.items.map((item) => item.url)).to.deep.equal(['https://portal.example/a', undefined]);
    });

    it('names the author in "mail (Name)", and no author for a bare address', async () => {
      const feed = await parse(
        rss(`<item><guid>a</guid><title>A</title><author>rina@portal.example (Rina)</author></item>
          <item><guid>b</guid><title>B</title><author>rina@portal.example</author></item>`),
      );
      expect(feed.items.map((item) => item.authors)).to.deep.equal([[{ name: 'Rina' }], []]);
    });

    it('keeps an untitled photo post (nothing but an image) with an empty title', async () => {
      // As in rss-wordpress-manton-untitled.rss: `<title></title>` on micro-blog posts.
      const feed = await parse(
        rss(`<item><guid>p</guid><title></title><enclosure url="https://cdn.example/p.jpg" type="image/jpeg"/></item>
          <item><guid>q</guid><title></title><description>Kopi pagi di Balikpapan.</description></item>
          <item><guid>r</guid><title></title></item>`),
      );
      expect(feed.items.map(({ id, title }) => [id, title])).to.deep.equal([
        ['p', ''],
        ['q', 'Kopi pagi di Balikpapan.'],
      ]);
    });

    it('reads RSS 1.0, whose items stand beside the channel', async () => {
      const feed = await parse(`<?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://portal.example/"><title>Portal</title><link>https://portal.example/</link>
            <dc:language>de</dc:language></channel>
          <item rdf:about="https://portal.example/1"><title>Eins</title><link>https://portal.example/1</link>
            <dc:date>2025-06-30T09:00:00+02:00</dc:date><dc:subject>Technik</dc:subject></item>
          <item rdf:about="https://portal.example/2"><title>Zwei</title></item>
        </rdf:RDF>`);
      expect(feed).to.include({ format: 'rss', language: 'de' });
      expect(feed.items[0]).to.include({
        id: 'https://portal.example/1',
        title: 'Eins',
        category: 'Technik',
      });
      expect(feed.items[0]!.published?.toISOString()).to.equal('2025-06-30T07:00:00.000Z');
      // Without a link, the item's rdf:about is its id.
      expect(feed.items.map((item) => item.id)).to.deep.equal([
        'https://portal.example/1',
        'https://portal.example/2',
      ]);
    });
  });

  describe('Atom', () => {
    it('maps an entry: text constructs, links, dates with zones, authors, categories', async () => {
      const feed = await parse(
        atom(
          `<entry><id>tag:blog,2025:1</id><title type="text">5 &lt; 6 &amp; more</title>
            <link rel="alternate" type="text/html" href="/blog/1"/><link rel="edit" href="/edit/1"/>
            <published>2025-06-30T09:00:00+02:00</published><updated>2025-07-01T10:00:00Z</updated>
            <category term="tech" label="Technik"/><category term="web"/>
            <summary type="html">&lt;p&gt;Kurz &amp;amp; gut&lt;/p&gt;</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Der <em>ganze</em> Text.</p></div></content>
          </entry>
          <entry><id>tag:blog,2025:2</id><title>Zwei</title><updated>2025-06-29T08:00:00Z</updated>
            <author><name>Gast</name><uri>https://gast.example/</uri></author>
            <content type="text">Erste Zeile &lt;kein Tag&gt;</content></entry>`,
          '<author><name>Anna</name></author>',
        ),
      );
      expect(feed).to.include({
        format: 'atom',
        title: 'Blog & mehr',
        language: 'de',
        homeUrl: 'https://portal.example/blog/',
      });
      const [first, second] = feed.items;
      expect(first).to.deep.include({
        id: 'tag:blog,2025:1',
        url: 'https://portal.example/blog/1',
        title: '5 < 6 & more',
        summary: 'Kurz & gut',
        publishedOffset: 120,
        authors: [{ name: 'Anna' }],
        category: 'Technik',
        categories: ['Technik', 'web'],
        tags: ['web'],
      });
      expect(first!.contentHtml).to.equal(
        '<p xmlns="http://www.w3.org/1999/xhtml">Der <em>ganze</em> Text.</p>',
      );
      expect(first!.published?.toISOString()).to.equal('2025-06-30T07:00:00.000Z');
      expect(first!.modified?.toISOString()).to.equal('2025-07-01T10:00:00.000Z');
      // Without published, updated is the date; a text body is escaped, never markup.
      expect(second!.published?.toISOString()).to.equal('2025-06-29T08:00:00.000Z');
      expect(second!.authors).to.deep.equal([{ name: 'Gast', url: 'https://gast.example/' }]);
      expect(second!.contentHtml).to.equal('<p>Erste Zeile &lt;kein Tag&gt;</p>');
    });

    it('takes a video entry body from media:description and its thumbnail as the image', async () => {
      const item = await only(
        atom(`<entry xmlns:media="http://search.yahoo.com/mrss/"><id>yt:video:1</id><title>Video</title>
          <link rel="alternate" href="https://video.example/watch?v=1"/><published>2025-06-30T09:00:00+00:00</published>
          <media:group><media:title>Video</media:title>
            <media:thumbnail url="https://img.example/1.jpg" width="480" height="360"/>
            <media:description>Was im Video passiert.</media:description></media:group></entry>`),
      );
      expect(item).to.include({
        contentHtml: '<p>Was im Video passiert.</p>',
        image: 'https://img.example/1.jpg',
      });
    });
  });

  describe('documents that are not quite feeds', () => {
    it('reads a feed with bare ampersands and HTML entity names, and says how to fix it', async () => {
      const item = await only(rss(`<item><guid>a</guid><title>AT&T &nbsp;&amp; Co&hellip;</title></item>`));
      expect(item.title).to.equal('AT&T \u00a0& Co…');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`${FEED_URL} is not well-formed XML`);
    });

    it("gives 'parse' with the parser's own words for XML that cannot be mended", async () => {
      const error = await rejection(parse('<rss><channel><item></channel></rss>'));
      expect(error.code).to.equal('parse');
      expect(error.message).to.match(/^expected well-formed XML \(RSS or Atom\), but the parser said: \S/);
    });

    it("gives 'invalid-feed' naming the root element of XML that is no feed", async () => {
      const error = await rejection(parse('<?xml version="1.0"?><urlset><url/></urlset>'));
      expect(error.code).to.equal('invalid-feed');
      expect(error.message).to.equal('expected an RSS or Atom document, but its root element is <urlset>');
    });

    it('stops an entity expansion bomb with a parse error, not a hung page', async () => {
      const lol = Array.from({ length: 9 }, (_, i) =>
        i === 0 ? '<!ENTITY l0 "lollollollollol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
      ).join('');
      const error = await rejection(
        parse(
          `<?xml version="1.0"?><!DOCTYPE rss [${lol}]><rss><channel><item><title>&l8;</title></item></channel></rss>`,
        ),
      );
      expect(['parse', 'invalid-feed']).to.include(error.code);
    });

    it('never fetches an external entity', async () => {
      const key = `xxe-${uniqueKey()}`;
      const feed = await parse(
        `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY ext SYSTEM "/faults/status/200?key=${key}">]>` +
          `<rss><channel><item><guid>a</guid><title>A&ext;B</title></item></channel></rss>`,
      );
      // Read without the entity's content: the browser's parser never loads it.
      expect(feed.items[0]!.title).to.equal('AB');
      const count = async (): Promise<number> =>
        ((await (await fetch(`/faults/count-read?key=${key}`)).json()) as { count: number }).count;
      expect(await count()).to.equal(0);
      // The route does count: the same URL fetched by the page is seen.
      await fetch(`/faults/status/200?key=${key}`);
      expect(await count()).to.equal(1);
    });
  });

  // Each of these took minutes to hours (a frozen page) with the backtracking patterns they
  // replaced; the test's own timeout is the bound, no clock is read.
  describe('hostile input that once cost more than linear time', () => {
    it('tells a run of leading comments from an HTML page', async () => {
      const comments = '<!---->'.repeat(40);
      const { fetchFeedBody } = await import('../../src/feed/http.js');
      const answer = (body: string) => (async () => new Response(body)) as unknown as typeof fetch;
      const xml = `${comments}<rss><channel/></rss>`;
      expect(await fetchFeedBody(FEED_URL, { fetch: answer(xml) })).to.deep.equal({ xml });
      const error = await rejection(fetchFeedBody(FEED_URL, { fetch: answer(`${comments}<!doctype html>`) }));
      expect(error.message).to.contain('an HTML page, not its feed');
    });

    it('reads an author of a million parentheses', async () => {
      const item = await only(
        rss(`<item><guid>a</guid><title>A</title><author>${'('.repeat(1_000_000)}x</author></item>`),
      );
      expect(item.authors).to.deep.equal([{ name: '('.repeat(200) }]);
    });

    it('looks for a body image through unclosed <img tags', async () => {
      const body = '&lt;img '.repeat(20_000);
      const items = Array.from(
        { length: 50 },
        (_, i) => `<item><guid>${i}</guid><title>T</title><description>${body}</description></item>`,
      );
      const feed = await parse(rss(items.join('')));
      expect(feed.items).to.have.length(50);
      expect(feed.items.every((item) => item.image === undefined)).to.equal(true);
    });

    it('looks for a body image past thousands of <noscript> blocks (lazy-load plugins write one per image)', () => {
      // Every item without an image of its own is searched: 300 such bodies, each at the limit.
      const body = '<noscript></noscript>'.repeat(4_700) + '<img src="/i.jpg">';
      for (let i = 0; i < 300; i++)
        expect(firstImage(body, FEED_URL)).to.equal('https://portal.example/i.jpg');
    });

    it('takes no image from a comment or <noscript>, and the first one the URL policy allows', async () => {
      const item = await only(
        rss(`<item><guid>a</guid><title>A</title><description><![CDATA[<!-- <img src="https://cdn.example/c.jpg"> -->
          <noscript><img src="https://cdn.example/n.jpg"></noscript><img src="javascript:x"><IMG alt=x SRC=/img/ok.jpg>]]></description></item>`),
      );
      expect(item.image).to.equal('https://portal.example/img/ok.jpg');
    });
  });
});
