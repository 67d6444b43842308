import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { NewsProvider } from '../../src/components/news-provider/news-provider.js';
import {
  BASIC_FEED,
  DEMO_FEED,
  SEED_ID,
  WP_FEED,
  freshStore,
  guardPageErrors,
  jsonFeed,
  part,
  parts,
  ready,
  seedItem,
  storeWith,
  text,
} from './helpers.js';

describe('<news-article>', () => {
  guardPageErrors();

  describe('the seed article from the demo JSON Feed', () => {
    let el: NewsArticle;

    beforeEach(async () => {
      el = await fixture<NewsArticle>(
        html`<news-article feed=${DEMO_FEED} article-id=${SEED_ID} .store=${freshStore()}></news-article>`,
      );
      await ready(el);
    });

    it('shows the category and the short Indonesian date in the meta line', () => {
      expect(text(part(el, 'category'))).to.equal('Daerah');
      const date = part<HTMLTimeElement>(el, 'date')!;
      expect(date.localName).to.equal('time');
      expect(text(date)).to.equal('30 Jun 2025');
      expect(date.dateTime).to.equal('2025-06-30T01:00:00.000Z');
    });

    it('shows the headline in an h1', () => {
      const headline = part(el, 'headline')!;
      expect(headline.localName).to.equal('h1');
      expect(text(headline)).to.equal('Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel');
    });

    it('shows the author with a hidden badge icon and a "Penulis" label', () => {
      const author = part(el, 'author')!;
      expect(text(author)).to.equal('Penulis: Writer');
      const badge = part(el, 'badge')!;
      expect(badge.localName).to.equal('svg');
      expect(badge.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows the hero image, sized and eager, with its caption once', () => {
      const image = part<HTMLImageElement>(el, 'image')!;
      expect(image.src).to.equal(new URL('/demo/public/images/skyline.svg', location.href).href);
      expect(image.getAttribute('width')).to.equal('1200');
      expect(image.getAttribute('height')).to.equal('675');
      expect(image.getAttribute('loading')).to.equal('eager');
      expect(image.getAttribute('fetchpriority')).to.equal('high');
      expect(image.getAttribute('decoding')).to.equal('async');
      // The figcaption says it; an alt with the same words would make screen readers say it twice.
      expect(image.alt).to.equal('');
      const caption = part(el, 'caption')!;
      expect(caption.localName).to.equal('figcaption');
      expect(text(caption)).to.equal('Ilustrasi: cakrawala kota saat senja.');
      expect(caption.closest('figure')).to.equal(part(el, 'figure'));
      expect(text(part(el, 'enlarge'))).to.equal('Perbesar');
    });

    it('shows the sanitized body, from the opening dateline to the end mark', () => {
      const body = part(el, 'body')!;
      const paragraphs = body.querySelectorAll('p');
      expect(paragraphs.length).to.equal(15);
      expect(text(paragraphs[0]!)).to.match(/^BALIKPAPAN- Kota Balikpapan terus berupaya/);
      expect(text(paragraphs[14]!)).to.match(/pungkasnya\. \(\*\)$/);
    });

    it('shows the tags as a list of text chips', () => {
      const list = part(el, 'tags')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-label')).to.equal('Tag');
      expect(parts(el, 'tag').map(text)).to.deep.equal(['Balikpapan', 'Integritas', 'Antikorupsi', 'ASN']);
      expect(list.querySelector('a')).to.equal(null);
    });

    it('shows the read count in Indonesian', () => {
      expect(text(part(el, 'views'))).to.equal('Artikel ini telah dibaca 20 kali');
    });

    it('renders the parts in the seed page order', () => {
      const order = ['category', 'date', 'headline', 'author', 'image', 'caption', 'body', 'tags', 'views'];
      const nodes = order.map((name) => part(el, name)!);
      for (let i = 1; i < nodes.length; i++) {
        const position = nodes[i - 1]!.compareDocumentPosition(nodes[i]!);
        expect(
          position & Node.DOCUMENT_POSITION_FOLLOWING,
          `${order[i - 1]} before ${order[i]}`,
        ).to.not.equal(0);
      }
    });

    it('fires news-load with the article as its only item', async () => {
      const again = await fixture<NewsArticle>(
        html`<news-article feed=${DEMO_FEED} article-id=${SEED_ID} .store=${freshStore()}></news-article>`,
      );
      const loaded = new Promise<CustomEvent>((resolve) =>
        again.addEventListener('news-load', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const event = await loaded;
      expect(event.detail.items.map((item: { id: string }) => item.id)).to.deep.equal([SEED_ID]);
      expect(event.bubbles && event.composed).to.equal(true);
    });
  });

  describe('the WordPress REST API fixture', () => {
    it('shows decoded title, caption, author link, categories and tags', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${WP_FEED}
          article-id="10241"
          locale="id"
          .store=${freshStore()}
        ></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'headline'))).to.equal(
        'HUT Ke \u2013 66 Pelopor Tahun 2025, Batalyon A Brimob Kaltim Gelar Penyucian Tunggul',
      );
      expect(text(part(el, 'category'))).to.equal('Daerah');
      expect(text(part(el, 'caption'))).to.equal(
        'Personel Batalyon A Pelopor mengikuti upacara penyucian tunggul.',
      );
      const link = part(el, 'author')!.querySelector('a')!;
      expect(text(link)).to.equal('Writer');
      expect(link.href).to.equal('https://example.com/author/writer/');
      expect(link.rel).to.equal('author');
      expect(parts(el, 'tag').map(text)).to.deep.equal(['Balikpapan', 'Brimob']);
      expect(text(part(el, 'views'))).to.equal('Artikel ini telah dibaca 87 kali');
      expect(text(part(el, 'body'))).to.match(/^BALIKPAPAN- Batalyon A Pelopor/);
      expect(text(part(el, 'body'))).to.contain('\u201cTradisi ini');
    });

    it('keeps an ampersand in the title as text and groups thousands in the read count', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${WP_FEED}
          article-id="10236"
          locale="id"
          .store=${freshStore()}
        ></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'headline'))).to.contain('Monitoring & Evaluasi Program KALIANDRA');
      expect(text(part(el, 'views'))).to.equal('Artikel ini telah dibaca 1.234 kali');
    });
  });

  describe('selecting the article', () => {
    it('matches a numeric WordPress id given as a number or a string', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${WP_FEED} .store=${freshStore()}></news-article>`,
      );
      (el as unknown as { articleId: number }).articleId = 10233;
      await ready(el);
      await el.updateComplete;
      expect(text(part(el, 'headline'))).to.equal(
        'Wali Kota Tarakan Putuskan Kenaikan Abonemen PDAM Dibatalkan',
      );
      el.articleId = '10230';
      await el.updateComplete;
      expect(text(part(el, 'headline'))).to.match(/^Grand Opening De WAVE Balikpapan/);
    });

    it('picks the item by article-url', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${BASIC_FEED}
          article-url="https://example.com/berita/a4"
          .store=${freshStore()}
        ></news-article>`,
      );
      await ready(el);
      expect(el.items.map((item) => item.id)).to.deep.equal(['a4']);
      expect(text(part(el, 'headline'))).to.equal(
        'Wali Kota Tarakan Putuskan Kenaikan Abonemen PDAM Dibatalkan',
      );
    });

    it('shows the newest item when neither id nor url is given, and hides a missing read count', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC_FEED} .store=${freshStore()}></news-article>`,
      );
      await ready(el);
      expect(el.items.map((item) => item.id)).to.deep.equal(['a5']);
      expect(part(el, 'views')).to.equal(null);
    });

    it('prefers article-id over article-url', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${BASIC_FEED}
          article-id="a2"
          article-url="https://example.com/berita/a4"
          .store=${freshStore()}
        ></news-article>`,
      );
      await ready(el);
      expect(el.items.map((item) => item.id)).to.deep.equal(['a2']);
    });

    it('tells a provider which article the page shows', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${BASIC_FEED} .store=${freshStore()}
          ><news-article article-id="a3"></news-article
        ></news-provider>`,
      );
      const el = provider.querySelector('news-article')!;
      await ready(el);
      expect(provider.pageState.articleId).to.equal('a3');
      el.remove();
      expect(provider.pageState.articleId).to.equal(undefined);
    });

    it('takes the feed and the locale from a provider', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${BASIC_FEED} locale="en" .store=${freshStore()}
          ><news-article article-id="a1"></news-article
        ></news-provider>`,
      );
      const el = provider.querySelector('news-article')!;
      await ready(el);
      expect(text(part(el, 'date'))).to.equal('Jun 30, 2025');
      expect(text(part(el, 'enlarge'))).to.equal('Enlarge');
    });
  });

  describe('headline level', () => {
    for (const [value, tag] of [
      ['2', 'h2'],
      ['6', 'h6'],
      ['9', 'h6'],
      ['0', 'h1'],
      ['abc', 'h1'],
    ] as const) {
      it(`heading-level="${value}" renders an ${tag}`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article
            feed=${BASIC_FEED}
            article-id="a1"
            heading-level=${value}
            .store=${freshStore()}
          ></news-article>`,
        );
        await ready(el);
        expect(part(el, 'headline')!.localName).to.equal(tag);
      });
    }
  });

  describe('locales', () => {
    it('formats the date and read count in English', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${BASIC_FEED}
          article-id="a1"
          locale="en"
          .store=${freshStore()}
        ></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'date'))).to.equal('Jun 30, 2025');
      expect(text(part(el, 'views'))).to.equal('This article has been read 20 times');
      expect(text(part(el, 'author'))).to.equal('Writer: Writer');
      // UI strings say which language they are in when it differs from the feed's.
      expect(part(el, 'views')!.lang).to.equal('en');
      expect(part(el, 'article')!.lang).to.equal('id');
    });

    it('uses the singular for one read in English and groups thousands', async () => {
      const store = storeWith(
        jsonFeed([seedItem({ id: 'one' }, { views: 1 }), seedItem({ id: 'many' }, { views: 1234 })]),
      );
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/plural.json"
          article-id="one"
          locale="en"
          .store=${store}
        ></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'views'))).to.equal('This article has been read 1 time');
      el.articleId = 'many';
      await el.updateComplete;
      expect(text(part(el, 'views'))).to.equal('This article has been read 1,234 times');
    });

    it("shows the date on the publisher's clock, whatever the reader's time zone", async () => {
      // 01:00 WITA on 30 June is still 29 June in UTC and in every zone west of it.
      const store = storeWith(jsonFeed([seedItem({ date_published: '2025-06-30T01:00:00+08:00' })]));
      const el = await fixture<NewsArticle>(
        html`<news-article feed="/virtual/offset.json" locale="id" .store=${store}></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'date'))).to.equal('30 Jun 2025');
      expect(part<HTMLTimeElement>(el, 'date')!.dateTime).to.equal('2025-06-29T17:00:00.000Z');
    });

    it('uses the feed language when no locale is given', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC_FEED} article-id="a1" .store=${freshStore()}></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'views'))).to.equal('Artikel ini telah dibaca 20 kali');
      expect(part(el, 'views')!.hasAttribute('lang')).to.equal(false);
    });

    it('marks English strings as English when the locale has no catalog, and the date as the locale', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${BASIC_FEED}
          article-id="a1"
          locale="fr"
          .store=${freshStore()}
        ></news-article>`,
      );
      await ready(el);
      // Intl writes the date in French; our strings fall back to English.
      expect(text(part(el, 'date'))).to.equal('30 juin 2025');
      expect(part(el, 'date')!.lang).to.equal('fr');
      expect(text(part(el, 'views'))).to.equal('This article has been read 20 times');
      expect(part(el, 'views')!.lang).to.equal('en');
    });
  });

  describe('optional fields', () => {
    it('leaves out what the item does not have', async () => {
      const bare = {
        id: 'bare',
        title: 'Hanya judul',
        content_html: '',
        authors: [],
      };
      const el = await fixture<NewsArticle>(
        html`<news-article feed="/virtual/bare.json" .store=${storeWith(jsonFeed([bare]))}></news-article>`,
      );
      await ready(el);
      expect(text(part(el, 'headline'))).to.equal('Hanya judul');
      for (const name of [
        'category',
        'date',
        'author',
        'figure',
        'enlarge',
        'dialog',
        'body',
        'tags',
        'views',
      ]) {
        expect(part(el, name), name).to.equal(null);
      }
    });

    it('reserves a 16:9 box for a hero image without a size', async () => {
      const item = seedItem({}, { image_width: undefined, image_height: undefined });
      const el = await fixture<NewsArticle>(
        html`<div class="w">
          <news-article feed="/virtual/unsized.json" .store=${storeWith(jsonFeed([item]))}></news-article>
        </div>`,
      );
      const article = el.querySelector('news-article') as NewsArticle;
      await ready(article);
      const image = part<HTMLImageElement>(article, 'image')!;
      expect(image.hasAttribute('width')).to.equal(false);
      const box = image.getBoundingClientRect();
      expect(Math.abs(box.height - (box.width * 9) / 16)).to.be.below(1.5);
    });
  });
});
