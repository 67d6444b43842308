// Console diagnostics: what a page author sees in the console when a widget shows an error, an
// empty or a not-found state, or carries an attribute it does not know. One warning per element
// and cause (never one per render), and nothing at all when all is well.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { RelatedList } from '../../src/components/related-list/related-list.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import type { NewsWidget } from '../../src/components/shared/news-widget.js';
import { levenshtein } from '../../src/components/shared/console-diagnostics.js';
import { quietDiagnostics } from '../../src/index.js';
import { FeedStore } from '../../src/feed/store.js';
import { captureWarnings, guardPageErrors } from '../feed/helpers.js';

const BASIC = '/test/fixtures/feed-basic.json';
const TRENDING = '/test/fixtures/lists/trending.json';

/** A store whose every request gets `answer()`, without retries. */
const storeAnswering = (answer: () => Response | Promise<Response>) =>
  new FeedStore({ retries: 0, fetch: (async () => answer()) as typeof fetch });

/** Waits until the widget has left its loading state and finished that update. */
async function settled(el: NewsWidget): Promise<void> {
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector(
        '[part~="error"], [part~="empty"], [part~="not-found"], [part~="list"], article',
      ),
    'the widget did not settle',
    { timeout: 15_000 },
  );
  await el.updateComplete;
}

/** Re-renders a widget a few times (the same cause must not warn again). */
async function rerender(el: NewsWidget): Promise<void> {
  for (const locale of ['en', 'id', 'en']) {
    el.setAttribute('locale', locale);
    await el.updateComplete;
  }
  el.requestUpdate();
  await el.updateComplete;
}

describe('console diagnostics', () => {
  guardPageErrors();
  const warnings = captureWarnings();
  /** Our element diagnostics: `[news-widgets] <tag ...>: ...`. */
  const diagnostics = () => warnings.filter((text) => text.startsWith('[news-widgets] <'));

  describe('quiet when all is well', () => {
    it('prints nothing for widgets that show what the page asked for', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <news-article
            feed=${BASIC}
            article-id="a2"
            id="main"
            class="x"
            data-foo="1"
            aria-label="Artikel"
          ></news-article>
          <related-list feed=${BASIC} article-id="a2" heading="Lainnya" limit="3"></related-list>
          <trending-region
            feed=${TRENDING}
            region="kalimantan timur"
            style="display:block"
            onclick=""
          ></trending-region>
          <dark-mode-toggle></dark-mode-toggle>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll<NewsWidget>('news-article, related-list, trending-region')) {
        await settled(el);
        await rerender(el);
      }
      expect(wrapper.querySelector('related-list')!.shadowRoot!.querySelector('[part~="list"]')).to.not.equal(
        null,
      );
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('feed errors', () => {
    it('warns once about a 404 feed, naming the element and the fix, however often it renders', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed="/virtual/missing.json"
          article-id="a1"
          .store=${storeAnswering(() => new Response('', { status: 404 }))}
        ></news-article>`,
      );
      await settled(el);
      await rerender(el);
      expect(diagnostics()).to.have.length(1);
      const [warning] = diagnostics();
      expect(warning).to.contain('<news-article feed="/virtual/missing.json" article-id="a1"');
      expect(warning).to.contain(
        'the feed /virtual/missing.json was not found (HTTP 404): check the feed URL.',
      );
    });

    it('warns once per element: two widgets on the same missing feed give two warnings', async () => {
      const store = storeAnswering(() => new Response('', { status: 410 }));
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <related-list feed="/virtual/gone.json" .store=${store}></related-list>
          <trending-region feed="/virtual/gone.json" .store=${store}></trending-region>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll<NewsWidget>('related-list, trending-region'))
        await settled(el);
      expect(diagnostics().map((text) => text.slice(0, 32))).to.deep.equal([
        '[news-widgets] <related-list fee',
        '[news-widgets] <trending-region ',
      ]);
      expect(diagnostics().every((text) => text.includes('was not found (HTTP 410)'))).to.equal(true);
    });

    const cases: Array<[string, () => Response | Promise<Response>, string]> = [
      [
        'a 403',
        () => new Response('', { status: 403 }),
        'the server refused the feed /virtual/f.json (HTTP 403)',
      ],
      [
        'a 500',
        () => new Response('', { status: 500 }),
        'the server of the feed /virtual/f.json failed (HTTP 500)',
      ],
      ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'could not be reached'],
      [
        'an HTML page',
        () =>
          new Response('<!doctype html><title>Beranda</title>', { headers: { 'content-type': 'text/html' } }),
        'is this the feed URL?',
      ],
      [
        'JSON that is not a feed',
        () => new Response('{"posts": []}', { headers: { 'content-type': 'application/json' } }),
        'is this the feed URL?',
      ],
    ];
    for (const [name, answer, expected] of cases) {
      it(`says what to do about ${name}`, async () => {
        const el = await fixture<TrendingRegion>(
          html`<trending-region feed="/virtual/f.json" .store=${storeAnswering(answer)}></trending-region>`,
        );
        await settled(el);
        expect(diagnostics()).to.have.length(1);
        expect(diagnostics()[0]).to.contain(expected);
      });
    }

    it('says how to set a feed when there is none', async () => {
      const el = await fixture<RelatedList>(html`<related-list></related-list>`);
      await settled(el);
      expect(diagnostics()).to.deep.equal([
        '[news-widgets] <related-list>: no feed is set: add feed="URL" to it, or put it inside <news-provider feed="URL">.',
      ]);
    });
  });

  describe('nothing matches', () => {
    it('lists the regions a feed offers when region matches none', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region region="Kaltimm" feed="/test/fixtures/lists/trending.json"></trending-region>`,
      );
      await settled(el);
      await rerender(el);
      expect(diagnostics()).to.have.length(1);
      const [warning] = diagnostics();
      expect(warning).to.contain(
        '<trending-region region="Kaltimm" feed="/test/fixtures/lists/trending.json"',
      );
      expect(warning).to.contain(`no article in ${TRENDING} is in region "Kaltimm"`);
      // The regions, each once whatever its spelling, the most frequent first.
      expect(warning).to.match(/its regions: "Kalimantan Timur", ("[^"]+", ){2}"[^"]+"\./);
      expect(warning).to.match(/"Bal[ií]"/);
      expect(warning).to.contain('"Sulawesi Selatan"');
      expect(warning).to.contain('Fix region, or leave it out');
    });

    it('says when since-days leaves nothing to rank', async () => {
      // The fixture's articles are from 2025: none within a day of now.
      const el = await fixture<TrendingRegion>(
        html`<trending-region region="Kalimantan Timur" since-days="1" feed=${TRENDING}></trending-region>`,
      );
      await settled(el);
      await waitUntil(() => diagnostics().length > 0, 'the since-days warning');
      expect(diagnostics()).to.deep.equal([
        `[news-widgets] <trending-region region="Kalimantan Timur" since-days="1" feed="${TRENDING}">: ` +
          `no article in region "Kalimantan Timur" of ${TRENDING} was published in the last 1 days: raise since-days, or leave it out.`,
      ]);
    });

    it('says when every article a list would show is already shown above it', async () => {
      const store = new FeedStore();
      const page = await fixture(
        html`<div>
          <trending-region
            region="Kalimantan Timur"
            limit="10"
            feed=${TRENDING}
            .store=${store}
          ></trending-region>
          <trending-region region="Kalimantan Timur" feed=${TRENDING} .store=${store}></trending-region>
        </div>`,
      );
      const [first, second] = page.querySelectorAll<TrendingRegion>('trending-region');
      await settled(first!);
      await settled(second!);
      await waitUntil(() => diagnostics().length > 0, 'the already-shown warning');
      expect(second!.shadowRoot!.querySelector('[part~="empty"]')).to.not.equal(null);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.contain('every article it would list is already shown on the page');
    });

    it('lists the ids a feed offers when article-id matches none, and keeps quiet when it matches', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC} article-id="a9"></news-article>`,
      );
      await settled(el);
      await rerender(el);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.contain(
        `no article in ${BASIC} matches article-id="a9" (6 items; its ids: "a1", "a2", "a3", "a4", "a5" and 1 more). Fix article-id`,
      );
      el.articleId = 'a3';
      await settled(el);
      await el.updateComplete;
      // The article it now names is shown, and nothing more is said.
      expect(el.items.map((item) => item.id)).to.deep.equal(['a3']);
      expect(diagnostics()).to.have.length(1);
    });

    it('names an article-url that matches nothing', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC} article-url="https://example.com/berita/zz"></news-article>`,
      );
      await settled(el);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.contain('matches article-url="https://example.com/berita/zz"');
      expect(diagnostics()[0]).to.contain('its URLs: "https://example.com/berita/a1"');
    });

    it('warns that a <news-article> without article-id shows the newest article', async () => {
      const el = await fixture<NewsArticle>(html`<news-article feed=${BASIC}></news-article>`);
      await settled(el);
      await rerender(el);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.match(
        /no article-id: showing the newest article \("a\d"\)\. Add article-id=/,
      );
      expect(el.items).to.have.length(1);
    });

    it('names a related-list article-id the feed does not have', async () => {
      const el = await fixture<RelatedList>(
        html`<related-list feed=${BASIC} article-id="nope"></related-list>`,
      );
      await settled(el);
      await rerender(el);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.contain('has article-id "nope" (its ids: "a1", "a2"');
      expect(diagnostics()[0]).to.contain('so it lists the newest articles');
    });

    it('says when a feed has no items', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region feed="/test/fixtures/lists/empty.json"></trending-region>`,
      );
      await settled(el);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.contain('the feed /test/fixtures/lists/empty.json has no items');
    });
  });

  describe('unknown attributes', () => {
    it('suggests the nearest known attribute for a typo', async () => {
      const el = await fixture<TrendingRegion>(
        html`<trending-region feeed=${TRENDING} regoin="Bali" feed=${TRENDING}></trending-region>`,
      );
      await settled(el);
      await rerender(el);
      expect(diagnostics().map((text) => text.replace(/^.*>: /, ''))).to.have.members([
        'unknown attribute "feeed": did you mean "feed"? Rename the attribute.',
        'unknown attribute "regoin": did you mean "region"? Rename the attribute.',
      ]);
    });

    it('lists what the element takes when nothing is near', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC} article-id="a1" colour-scheme="dark"></news-article>`,
      );
      await settled(el);
      expect(diagnostics()).to.have.length(1);
      expect(diagnostics()[0]).to.contain(
        'unknown attribute "colour-scheme": remove it; news-article takes: ',
      );
      expect(diagnostics()[0]).to.contain('article-id');
    });

    it('ignores what frameworks write on elements: Alpine, Vue, htmx, Angular, Lit SSR', async () => {
      // Written by the HTML parser, as in-DOM templates are: setAttribute refuses names such as
      // "@click" in some browsers (Firefox 140), the parser takes them everywhere.
      const names = [
        'x-data',
        'x-show',
        '@click',
        'v-if',
        'v-cloak',
        '#default',
        'hx-get',
        'ng-reflect-feed',
        'defer-hydration',
        '.prop',
        '*ngif',
        '[feed]',
        '(click)',
      ];
      const parsed = document.createElement('div');
      parsed.innerHTML = `<news-article ${names.join(' ')}></news-article>`;
      const el = parsed.firstElementChild!;
      expect(el.getAttributeNames()).to.have.length(names.length);
      el.setAttribute('feed', BASIC);
      el.setAttribute('article-id', 'a1');
      await fixture(html`<div>${el}</div>`);
      await settled(el as NewsArticle);
      expect(diagnostics()).to.deep.equal([]);
    });

    it('ignores global, aria-*, data-* and on* attributes', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article
          feed=${BASIC}
          article-id="a1"
          id="a"
          class="b"
          title="c"
          tabindex="0"
          role="region"
          part="p"
          translate="no"
          aria-label="Artikel"
          data-track="x"
          onclick=""
          xml:lang="id"
        ></news-article>`,
      );
      await settled(el);
      expect(warnings).to.deep.equal([]);
    });

    it('covers <news-provider> and <dark-mode-toggle> too', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <news-provider fed="/x.json"></news-provider>
          <dark-mode-toggle aply-to="document"></dark-mode-toggle>
        </div>`,
      );
      expect(wrapper.children).to.have.length(2);
      expect(diagnostics()).to.have.length(2);
      expect(diagnostics()[1]).to.match(
        /^\[news-widgets\] <dark-mode-toggle aply-to="document"[^>]*>: unknown attribute "aply-to": did you mean "apply-to"\?/,
      );
      expect(diagnostics().slice(0, 1)).to.deep.equal([
        '[news-widgets] <news-provider fed="/x.json">: unknown attribute "fed": did you mean "feed"? Rename the attribute.',
      ]);
    });

    it('measures edit distance', () => {
      expect(levenshtein('feeed', 'feed')).to.equal(1);
      expect(levenshtein('regoin', 'region')).to.equal(2);
      expect(levenshtein('', 'abc')).to.equal(3);
      expect(levenshtein('limit', 'limit')).to.equal(0);
    });
  });

  describe('silencing', () => {
    it('prints nothing with <meta name="news-widgets" content="quiet">, read when a warning is due', async () => {
      const meta = document.createElement('meta');
      meta.name = 'news-widgets';
      meta.content = 'quiet';
      document.head.append(meta);
      try {
        const el = await fixture<TrendingRegion>(
          html`<trending-region feeed="x" region="Kaltimm" feed=${TRENDING}></trending-region>`,
        );
        await settled(el);
        expect(warnings).to.deep.equal([]);
        el.remove();
      } finally {
        meta.remove();
      }
      // Without the meta, a new element speaks again.
      const loud = await fixture<TrendingRegion>(
        html`<trending-region region="Kaltimm" feed=${TRENDING}></trending-region>`,
      );
      await settled(loud);
      expect(diagnostics()).to.have.length(1);
    });

    it('prints nothing after quietDiagnostics(), and again after quietDiagnostics(false)', async () => {
      quietDiagnostics();
      try {
        const el = await fixture<NewsArticle>(
          html`<news-article feed=${BASIC} article-id="a9"></news-article>`,
        );
        await settled(el);
        expect(warnings).to.deep.equal([]);
        el.remove();
      } finally {
        quietDiagnostics(false);
      }
      const loud = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC} article-id="a9"></news-article>`,
      );
      await settled(loud);
      expect(diagnostics()).to.have.length(1);
    });
  });
});
