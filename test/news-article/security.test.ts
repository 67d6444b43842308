import { expect, fixture, html } from '@open-wc/testing';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import type { FeedStore } from '../../src/feed/store.js';
import type { NewsFeed } from '../../src/feed/types.js';

const FEED = 'https://news.example/feed.json';
import {
  guardPageErrors,
  jsonFeed,
  openEnlargeDialog,
  part,
  parts,
  ready,
  storeWith,
  text,
} from './helpers.js';
import { installSentinel, type Sentinel } from '../sanitize/harness.js';

const XSS = '<img src=x onerror=__xss()>';

/** The item's hostile URLs are nowhere: no figure or dialog, no author link, none in the JSON-LD. */
function expectUrlsDropped(el: NewsArticle, authorName: string): void {
  expect(part(el, 'figure')?.localName, 'figure').to.equal(undefined);
  expect(part(el, 'dialog')?.localName, 'dialog').to.equal(undefined);
  expect(part(el, 'author')!.querySelectorAll('a').length, 'author links').to.equal(0);
  const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
  expect(ld.url).to.equal(undefined);
  // Without a usable image of its own, the item may take the body's first one (an http URL, the
  // body's <img src=x>); the javascript: one is never named.
  expect(JSON.stringify(ld)).to.not.contain('javascript:');
  for (const image of ld.image ?? []) expect(new URL(image).protocol).to.equal('http:');
  expect(ld.author).to.deep.equal([{ '@type': 'Person', name: authorName }]);
}

describe('<news-article> with hostile feed values', () => {
  guardPageErrors();

  let sentinel: Sentinel;
  beforeEach(() => {
    sentinel = installSentinel();
  });
  afterEach(() => {
    sentinel.uninstall();
  });

  const hostile = {
    id: 'evil',
    url: 'javascript:__xss()',
    title: `Judul ${XSS}`,
    content_html: `<p>Isi <img src=x onerror=__xss()><script>__xss()</script><a href="javascript:__xss()">tautan</a></p>`,
    image: 'javascript:__xss()',
    date_published: '2025-06-30T09:00:00+08:00',
    authors: [{ name: `Penulis ${XSS}`, url: 'javascript:__xss()' }],
    tags: [`Tag ${XSS}`],
    _news: {
      category: `Kategori ${XSS}`,
      image_caption: `Keterangan ${XSS}`,
      image_alt: `Foto ${XSS}`,
      views: 5,
    },
  };

  async function render(item: unknown): Promise<NewsArticle> {
    const el = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/hostile.json"
        structured-data
        .store=${storeWith(jsonFeed([item]))}
      ></news-article>`,
    );
    await ready(el);
    // Let any injected handler get its chance to run.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return el;
  }

  it('renders markup in text fields as text', async () => {
    const el = await render(hostile);
    expect(text(part(el, 'headline'))).to.equal(`Judul ${XSS}`);
    expect(text(part(el, 'category'))).to.equal(`Kategori ${XSS}`);
    expect(text(part(el, 'author'))).to.contain(`Penulis ${XSS}`);
    expect(parts(el, 'tag').map(text)).to.deep.equal([`Tag ${XSS}`]);
    const root = el.shadowRoot!;
    for (const name of ['headline', 'category', 'author', 'tags']) {
      expect(part(el, name)!.querySelector('img'), name).to.equal(null);
    }
    expect(root.querySelector('script')).to.equal(null);
    expect(sentinel.hits).to.equal(0);
    expect(sentinel.dialogs).to.deep.equal([]);
  });

  it('drops javascript: image and author URLs', async () => {
    const el = await render(hostile);
    expect(part(el, 'enlarge')).to.equal(null);
    expectUrlsDropped(el, `Penulis ${XSS}`);
  });

  it('drops javascript: URLs itself, not only through the feed parser (a custom store)', async () => {
    // A store that hands over an already-built feed: the parser's URL policy never ran on it.
    const parsed = parseFeed(
      jsonFeed([{ ...hostile, image: undefined, authors: [{ name: 'Penulis' }] }]),
      FEED,
    );
    const hostileUrl = 'javascript:__xss()';
    const feed: NewsFeed = {
      ...parsed,
      items: [
        {
          ...parsed.items[0]!,
          url: hostileUrl,
          image: hostileUrl,
          authors: [{ name: 'Penulis', url: hostileUrl }],
        },
      ],
    };
    const store = {
      peek: () => feed,
      load: async () => feed,
      refresh: async () => feed,
      subscribe: () => () => undefined,
    } as unknown as FeedStore;
    const el = await fixture<NewsArticle>(
      html`<news-article feed=${FEED} structured-data .store=${store}></news-article>`,
    );
    await ready(el);
    expect(part(el, 'headline')).to.not.equal(null);
    expectUrlsDropped(el, 'Penulis');
  });

  it('sanitizes the body', async () => {
    const el = await render(hostile);
    const body = part(el, 'body')!;
    expect(text(body)).to.equal('Isi tautan');
    expect(body.querySelector('script')).to.equal(null);
    for (const image of Array.from(body.querySelectorAll('img'))) {
      expect(image.getAttribute('onerror')).to.equal(null);
    }
    const link = body.querySelector('a');
    expect(/^\s*javascript:/i.test(link?.getAttribute('href') ?? '')).to.equal(false);
    expect(sentinel.hits).to.equal(0);
    expect(sentinel.dialogs).to.deep.equal([]);
  });

  it('renders a caption with markup as text, in the figure and in the dialog', async () => {
    const el = await render({ ...hostile, image: '/demo/public/images/river.svg' });
    expect(text(part(el, 'caption'))).to.equal(`Keterangan ${XSS}`);
    (await openEnlargeDialog(el)).close();
    expect(text(part(el, 'dialog-caption'))).to.equal(`Keterangan ${XSS}`);
    expect(part(el, 'caption')!.querySelector('img')).to.equal(null);
    // The text alternative is an attribute value, as written: it cannot close the attribute.
    expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal(`Foto ${XSS}`);
    expect(part(el, 'figure')!.querySelectorAll('img')).to.have.length(1);
    expect(sentinel.hits).to.equal(0);
    expect(sentinel.dialogs).to.deep.equal([]);
  });

  it('resolves relative body URLs against the feed URL and keeps iframes only from embed-hosts', async () => {
    const item = {
      id: 'embed',
      title: 'Video',
      content_html:
        '<p><a href="berita/lain">lain</a></p>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>' +
        '<iframe src="https://evil.example/embed"></iframe>',
    };
    const el = await fixture<NewsArticle>(
      html`<news-article
        feed="https://feeds.example.com/portal/feed.json"
        embed-hosts="www.youtube-nocookie.com, player.vimeo.com"
        .store=${storeWith(jsonFeed([item]))}
      ></news-article>`,
    );
    await ready(el);
    const body = part(el, 'body')!;
    expect(body.querySelector('a')!.getAttribute('href')).to.equal(
      'https://feeds.example.com/portal/berita/lain',
    );
    const frames = Array.from(body.querySelectorAll('iframe')).map((frame) => frame.getAttribute('src'));
    expect(frames).to.deep.equal(['https://www.youtube-nocookie.com/embed/abc']);
    expect(body.querySelector('iframe')!.hasAttribute('sandbox')).to.equal(true);
  });
});
