import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { NewsItem } from '../../src/feed/types.js';
import { modelItem, modelStore } from '../shared/model-store.js';
import { guardPageErrors, jsonFeed, openEnlargeDialog, part, ready, storeWith, text } from './helpers.js';

const SMALL_IMAGE = '/test/fixtures/images/small-300x168.png';

/**
 * A micro.blog-style JSON Feed photo post as the adapters read it: `{ "id", "url", "image",
 * "date_published" }` and no `title`, `summary` or text (an untitled item the model keeps with
 * `title: ''`).
 */
const photoPost = (fields: Partial<NewsItem> = {}): NewsItem =>
  modelItem({
    id: 'foto-pelabuhan',
    url: 'https://example.com/2025/06/30/foto-pelabuhan',
    image: SMALL_IMAGE,
    imageWidth: 300,
    imageHeight: 168,
    published: new Date('2025-06-30T09:00:00+08:00'),
    publishedOffset: 480,
    ...fields,
  });

async function article(items: NewsItem[], attributes: { locale?: string; structuredData?: boolean } = {}) {
  const el = await fixture<NewsArticle>(
    html`<news-article
      feed="/virtual/sparse.json"
      locale=${attributes.locale ?? nothing}
      ?structured-data=${attributes.structuredData === true}
      .store=${modelStore(items)}
    ></news-article>`,
  );
  await ready(el);
  return el;
}

const jsonLd = (el: Element) =>
  JSON.parse(el.querySelector(':scope > script[type="application/ld+json"]')?.textContent ?? '{}');

describe('<news-article> items with parts missing', () => {
  guardPageErrors();

  describe('an untitled photo post', () => {
    it('shows "Foto" as the headline and the hero image as usual', async () => {
      const el = await article([photoPost()]);
      const headline = part(el, 'headline')!;
      expect(headline.localName).to.equal('h1');
      expect(text(headline)).to.equal('Foto');
      // A UI string in the article's own language: nothing to mark.
      expect(headline.hasAttribute('lang')).to.equal(false);
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.src).to.equal(new URL(SMALL_IMAGE, location.href).href);
      expect(part(el, 'enlarge')?.localName).to.equal('button');
    });

    it('says "Photo" in English, marked as English inside the Indonesian article', async () => {
      const el = await article([photoPost()], { locale: 'en' });
      const headline = part(el, 'headline')!;
      expect(text(headline)).to.equal('Photo');
      expect(headline.lang).to.equal('en');
      expect(part(el, 'article')!.lang).to.equal('id');
    });

    it('names the enlarge dialog and the structured data "Foto"', async () => {
      const el = await article([photoPost()], { structuredData: true });
      const dialog = await openEnlargeDialog(el);
      expect(dialog.getAttribute('aria-label')).to.equal('Foto');
      dialog.close();
      await waitUntil(() => jsonLd(el).headline !== undefined, 'the JSON-LD');
      expect(jsonLd(el).headline).to.equal('Foto');
    });
  });

  describe('an article the feed gives only an excerpt of', () => {
    // A JSON Feed summary feed (Ghost, Feedbin-style exports): `summary` and `url`, no content.
    const excerptItem = {
      id: 'ringkasan',
      url: 'https://example.com/berita/ringkasan?ref=feed',
      title: 'Pemkot Balikpapan Perluas Layanan Air Bersih',
      summary: 'Pemkot menambah 2.000 sambungan <b>baru</b> tahun ini.',
      content_html: ' \n ',
      date_published: '2025-06-30T09:00:00+08:00',
    };

    it('shows the summary as text, then a link to the article with the link-params', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/excerpt.json"
          link-params=${'utm_source=partner&utm_medium=widget'}
          .store=${storeWith(jsonFeed([excerptItem], { language: 'id' }))}
        ></news-article>`,
      );
      await ready(el);
      const summary = part(el, 'summary')!;
      expect(summary.localName).to.equal('p');
      // Where the body goes, in the article's prose (part="body" holds only what the sanitizer made).
      expect(part(el, 'body')?.localName, 'body').to.equal(undefined);
      const block = summary.parentElement!;
      expect(block.classList.contains('prose'), 'in a prose block').to.equal(true);
      expect(block.parentElement === part(el, 'article'), 'in the article').to.equal(true);
      // Plain text: the tag is shown as written, not turned into markup.
      expect(summary.textContent).to.equal('Pemkot menambah 2.000 sambungan <b>baru</b> tahun ini.');
      expect(summary.children.length).to.equal(0);
      const link = part<HTMLAnchorElement>(el, 'read-more')!;
      expect(text(link)).to.equal('Baca artikel selengkapnya');
      expect(link.getAttribute('href')).to.equal(
        'https://example.com/berita/ringkasan?ref=feed&utm_source=partner&utm_medium=widget',
      );
      // The paragraph after the summary.
      expect(link.parentElement === summary.nextElementSibling, 'the link follows the summary').to.equal(
        true,
      );
    });

    it('says "Read the full article" in English, marked as English', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/excerpt-en.json"
          locale="en"
          .store=${storeWith(jsonFeed([excerptItem], { language: 'id' }))}
        ></news-article>`,
      );
      await ready(el);
      const link = part<HTMLAnchorElement>(el, 'read-more')!;
      expect(text(link)).to.equal('Read the full article');
      expect(link.lang).to.equal('en');
    });

    it('shows the excerpt of a password-protected WordPress post and links to its page', async () => {
      // WordPress REST API: a protected post's content.rendered is empty, its excerpt is public.
      const posts = await (await fetch('/test/fixtures/wordpress-posts.json')).json();
      const post = {
        ...posts[0],
        content: { rendered: '', protected: true },
        excerpt: { rendered: '<p>Ringkasan yang boleh dibaca umum.</p>\n', protected: true },
      };
      const el = await fixture<NewsArticle>(
        html`<news-article feed="/virtual/wp-protected.json" .store=${storeWith([post])}></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'summary'))).to.equal('Ringkasan yang boleh dibaca umum.');
      expect(part<HTMLAnchorElement>(el, 'read-more')!.getAttribute('href')).to.equal(post.link);
    });

    it('shows no link without a URL, and no body without a summary either', async () => {
      // `undefined` fields are left out of the JSON the store serves.
      const noUrl = { ...excerptItem, url: undefined };
      const nothingToShow = { ...excerptItem, id: 'bare', summary: undefined };
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/excerpt-bare.json"
          .store=${storeWith(jsonFeed([noUrl, nothingToShow]))}
          article-id="ringkasan"
        ></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'summary'))).to.equal(excerptItem.summary);
      expect(el.shadowRoot!.querySelectorAll('a').length, 'links').to.equal(0);

      el.articleId = 'bare';
      await el.updateComplete;
      expect(text(part(el, 'headline'))).to.equal(excerptItem.title);
      expect(part(el, 'body')?.localName, 'body').to.equal(undefined);
      expect(part(el, 'summary')?.localName, 'summary').to.equal(undefined);
    });
  });

  describe('a date without a time of day', () => {
    it('shows the day and gives <time> the day alone', async () => {
      // A JSON Feed `"date_published": "2025-06-30"`, as the adapters read it: midnight UTC.
      const item = photoPost({
        title: 'Jadwal Posyandu Juli',
        published: new Date('2025-06-30'),
        publishedOffset: undefined,
        dateOnly: true,
      });
      const el = await article([item], { structuredData: true });
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(text(date)).to.equal('30 Jun 2025');
      expect(date.dateTime).to.equal('2025-06-30');
      await waitUntil(() => jsonLd(el).headline !== undefined, 'the JSON-LD');
      expect(jsonLd(el).datePublished).to.equal('2025-06-30');
    });

    it("keeps the publisher's day for a date-only midnight written with an offset", async () => {
      // An RSS `<pubDate>Mon, 30 Jun 2025 00:00:00 +0900</pubDate>` from a CMS that stores days only.
      const item = photoPost({
        title: 'Libur sekolah',
        published: new Date('2025-06-30T00:00:00+09:00'),
        publishedOffset: 540,
        dateOnly: true,
      });
      const el = await article([item]);
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(text(date)).to.equal('30 Jun 2025');
      expect(date.dateTime).to.equal('2025-06-30');
    });

    // Through the JSON Feed adapter: passes once it marks `2025-06-30` as date-only (dateOnly).
    it('shows a JSON Feed date_published of "2025-06-30" as that day, without a time', async () => {
      const feed = jsonFeed(
        [{ id: 'd1', url: 'https://example.com/d1', title: 'Jadwal', date_published: '2025-06-30' }],
        { language: 'id' },
      );
      const el = await fixture<NewsArticle>(
        html`<news-article feed="/virtual/date-only.json" .store=${storeWith(feed)}></news-article>`,
      );
      await ready(el);
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(text(date)).to.equal('30 Jun 2025');
      expect(date.dateTime).to.equal('2025-06-30');
    });
  });

  describe('a time without a zone', () => {
    it('writes a WordPress date without date_gmt as the site wrote it, never as a UTC instant', async () => {
      // A single WordPress post whose date_gmt is null (drafts, imports): its `date` has no zone,
      // and no other post in the response shows the site's offset (the model's `zoneless`).
      const posts = await (await fetch('/test/fixtures/wordpress-posts.json')).json();
      const post = { ...posts[0], date: '2025-09-13T15:55:00', date_gmt: null };
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/wp-zoneless.json"
          locale="id"
          structured-data
          .store=${storeWith(post)}
        ></news-article>`,
      );
      await ready(el);
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(text(date)).to.equal('13 Sep 2025');
      expect(date.dateTime).to.equal('2025-09-13T15:55:00');
      await waitUntil(() => jsonLd(el).headline !== undefined, 'the JSON-LD');
      expect(jsonLd(el).datePublished).to.equal('2025-09-13T15:55:00');
    });
  });

  describe('an image taken from the body', () => {
    it('is shown in the body, in place, and not again as a hero', async () => {
      // A WordPress post without a featured image, whose body opens with a photo: the adapters
      // take that photo as `image` (a thumbnail for lists) and set imageInBody.
      const item = photoPost({
        title: 'Banjir rob di pesisir',
        imageInBody: true,
        imageWidth: undefined,
        imageHeight: undefined,
        contentHtml: `<p><img src="${SMALL_IMAGE}" alt="Air pasang di pesisir"></p><p>Air pasang merendam jalan.</p>`,
      });
      const el = await article([item]);
      for (const name of ['figure', 'image', 'enlarge', 'dialog']) {
        expect(part(el, name)?.localName, name).to.equal(undefined);
      }
      const images = part(el, 'body')!.querySelectorAll('img');
      expect(images.length).to.equal(1);
      expect(images[0]!.alt).to.equal('Air pasang di pesisir');
    });
  });
});
