import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { NewsArticle, NewsProvider, TrendingRegion } from '../../src/classes.js';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/define.js';
import { FeedStore } from '../../src/feed/store.js';
import { guardPageErrors } from '../feed/helpers.js';

const FEED = '/test/fixtures/feed-basic.json';

// Every element with every attribute it observes set to a working value. Removing one at runtime
// must leave the same widget as one written without it: frameworks and CMS editors do this.
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'news-article': {
    'article-id': 'a2',
    'article-url': 'https://example.com/berita/a3',
    'heading-level': '2',
    'embed-hosts': 'www.youtube-nocookie.com',
    'view-endpoint': '/test/beacon',
    'structured-data': '',
  },
  'related-list': {
    'article-id': 'a2',
    layout: 'grid',
    limit: '2',
    'exclude-shown': '',
    heading: 'Lainnya',
    'heading-level': '3',
    thumbnails: '',
  },
  'trending-region': {
    region: 'Kalimantan Utara',
    'since-days': '100000',
    refresh: '600',
    limit: '2',
    'exclude-shown': '',
    heading: 'Populer',
    'heading-level': '3',
    thumbnails: '',
  },
};
/** Per element, attributes whose removal changes what `snapshot` shows. */
const SEEN: Record<string, string[]> = {
  'news-article': ['locale', 'theme', 'structured-data', 'article-id'],
  'related-list': ['locale', 'link-params', 'theme', 'heading', 'layout', 'limit', 'article-id'],
  'trending-region': ['locale', 'link-params', 'theme', 'heading', 'region'],
};

const COMMON = {
  feed: FEED,
  locale: 'en',
  'link-params': 'utm_source=test',
  'cache-ttl': '600',
  loading: 'eager',
  theme: 'dark',
};

/** What a reader and a screen reader get: the shadow root's text, its parts and its links. */
function snapshot(el: Element): string {
  const root = el.shadowRoot!;
  const parts = Array.from(root.querySelectorAll('[part]'), (node) => node.getAttribute('part')).join(',');
  const links = Array.from(root.querySelectorAll('a[href]'), (a) => a.getAttribute('href')).join(',');
  // Outside the shadow root: the theme the host takes, and structured data in the light DOM.
  const classes = Array.from(root.querySelectorAll('[class]'), (node) => node.getAttribute('class')).join(
    ',',
  );
  const theme = el.getAttribute('data-news-theme');
  const jsonLd = el.querySelectorAll('script[type="application/ld+json"]').length;
  return `${root.textContent!.replace(/\s+/g, ' ').trim()} | ${parts} | ${links} | busy=${el.getAttribute('aria-busy')} | ${classes} | theme=${theme} | json-ld=${jsonLd}`;
}

async function settle(el: Element): Promise<void> {
  await waitUntil(
    () => !el.hasAttribute('aria-busy') && el.shadowRoot?.querySelector('[part]'),
    'did not settle',
    {
      timeout: 10_000,
    },
  );
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

async function widget(
  tag: string,
  attributes: Record<string, string>,
  store: FeedStore,
): Promise<HTMLElement> {
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');
  const el = await fixture<HTMLElement>(
    staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attrs)} .store=${store}></${unsafeStatic(tag)}>`,
  );
  await settle(el);
  return el;
}

describe('removing an attribute at runtime', () => {
  guardPageErrors();

  const store = new FeedStore();
  for (const [tag, own] of Object.entries(ATTRIBUTES)) {
    const all = { ...COMMON, ...own };
    it(`covers every attribute <${tag}> observes`, () => {
      const observed = (customElements.get(tag) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      expect([...observed].sort()).to.deep.equal(Object.keys(all).sort());
    });
    // One test per attribute: each has its own time limit, and its fixtures go when it ends.
    for (const name of Object.keys(all)) {
      it(`leaves a <${tag}> without ${name} as if written without it`, async () => {
        const el = await widget(tag, all, store);
        const before = snapshot(el);
        el.removeAttribute(name);
        await settle(el);
        // The snapshot sees these attributes: a widget ignoring their removal would fail.
        if (SEEN[tag]!.includes(name)) expect(snapshot(el), 'changed').to.not.equal(before);
        const without = Object.fromEntries(Object.entries(all).filter(([key]) => key !== name));
        // On a store of its own: a list on the same page and feed would skip what \`el\` shows.
        const fresh = await widget(tag, without, new FeedStore());
        expect(snapshot(el)).to.equal(snapshot(fresh));
      });
    }
  }
});

describe('changing what a widget shows without a fetch', () => {
  guardPageErrors();

  it('announces the new items with news-load (region, limit, article-id), and nothing when they stay', async () => {
    const store = new FeedStore();
    const trending = await widget('trending-region', { feed: FEED, region: 'Kalimantan Timur' }, store);
    const loads: string[][] = [];
    trending.addEventListener('news-load', (event) => loads.push(event.detail.items.map((item) => item.id)));
    const el = trending as TrendingRegion;
    el.region = 'Kalimantan Utara';
    await el.updateComplete;
    el.limit = 1;
    await el.updateComplete;
    el.heading = 'Populer';
    await el.updateComplete;
    expect(loads).to.deep.equal([['a4', 'a5'], ['a4']]);

    const article = (await widget('news-article', { feed: FEED, 'article-id': 'a1' }, store)) as NewsArticle;
    const shown: string[][] = [];
    article.addEventListener('news-load', (event) => shown.push(event.detail.items.map((item) => item.id)));
    article.articleId = 'a2';
    await article.updateComplete;
    expect(shown).to.deep.equal([['a2']]);
  });

  it('lets exclude-shown lists follow an article that shows another item', async () => {
    const provider = await fixture<NewsProvider>(
      html`<news-provider feed=${FEED} .store=${new FeedStore()}>
        <news-article article-id="a1"></news-article>
        <trending-region exclude-shown limit="6"></trending-region>
      </news-provider>`,
    );
    const article = provider.querySelector('news-article')!;
    const trending = provider.querySelector('trending-region')!;
    await settle(article);
    await settle(trending);
    const ids = () => trending.items.map((item) => item.id);
    await waitUntil(() => !ids().includes('a1'), 'a1 shown above, yet listed');
    article.articleId = 'a2';
    await waitUntil(
      () => ids().includes('a1') && !ids().includes('a2'),
      `the list did not follow: ${ids().join()}`,
    );
  });
});
