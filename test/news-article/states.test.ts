import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NewsArticle, type SanitizeModule } from '../../src/components/news-article/news-article.js';
import {
  BASIC_FEED,
  controlledStore,
  freshStore,
  guardPageErrors,
  jsonFeed,
  jsonResponse,
  pageTheme,
  part,
  ready,
  recordEvents,
  restorePageTheme,
  seedItem,
  text,
} from './helpers.js';

/** An article whose sanitizer chunk fails to load until `allow` is set (a CDN hiccup). */
class FlakySanitizerArticle extends NewsArticle {
  static allow = false;
  protected override loadSanitizer(): SanitizeModule | Promise<SanitizeModule> {
    if (FlakySanitizerArticle.allow) return import('../../src/sanitize/index.js');
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
}
FlakySanitizerArticle.define('flaky-sanitizer-article');

const types = (events: Array<{ type: string }>) => events.map((event) => event.type);

describe('<news-article> states', () => {
  guardPageErrors();
  restorePageTheme();

  describe('loading', () => {
    it('shows a busy skeleton and fires news-loadstart first', async () => {
      const { store, respond } = controlledStore();
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      el.feed = '/virtual/loading.json';
      el.store = store;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'skeleton') !== null);
      const skeleton = part(el, 'skeleton')!;
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.getAttribute('aria-label')).to.equal('Loading articles…');
      expect(el.hasAttribute('aria-busy')).to.equal(true);
      expect(skeleton.querySelector('.frame.bone'), 'a 16:9 image box').to.not.equal(null);
      expect(
        Array.from(skeleton.querySelectorAll('.headline .bone')).filter(
          (bone) => bone.getBoundingClientRect().height > 0,
        ).length,
      ).to.equal(2);
      expect(types(events)).to.deep.equal(['news-loadstart']);
      await expect(el).to.be.accessible();
      respond(() => jsonResponse(jsonFeed([seedItem()])));
      await ready(el);
    });

    it('keeps the host page fallback children visible while loading', async () => {
      const { store, respond } = controlledStore();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <news-article feed="/virtual/fallback.json" .store=${store}
            ><a href="https://example.com/berita/seed">Upaya Balikpapan</a></news-article
          >
        </div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await waitUntil(() => part(el, 'skeleton') !== null);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['a']);
      const link = el.querySelector('a')!.getBoundingClientRect();
      expect(link.height).to.be.above(0);
      // The bones are under the fallback, unseen, and still reserve the article's size.
      const bones = el.shadowRoot!.querySelector<HTMLElement>('.bones')!;
      expect(getComputedStyle(bones).visibility).to.equal('hidden');
      expect(el.getBoundingClientRect().height).to.be.above(500);
      expect(link.top).to.be.closeTo(el.getBoundingClientRect().top, 1);
      respond(() => jsonResponse(jsonFeed([seedItem()])));
      await ready(el);
      // The article replaced the fallback.
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('ready', () => {
    it('fires news-loadstart, news-load, news-loadend in that order', async () => {
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      el.feed = BASIC_FEED;
      el.articleId = 'a1';
      el.store = freshStore();
      await fixture(html`<div>${el}</div>`);
      await ready(el);
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      const detail = events[1]!.detail as { items: Array<{ id: string }> };
      expect(detail.items.map((item) => item.id)).to.deep.equal(['a1']);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in the ${theme} theme`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article feed=${BASIC_FEED} article-id="a1" .store=${freshStore()}></news-article>`,
        );
        await ready(el);
        await pageTheme(el, theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('renders a cached feed at once, body included, for a second element', async () => {
      const store = freshStore();
      const first = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC_FEED} article-id="a1" .store=${store}></news-article>`,
      );
      await ready(first);
      const second = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC_FEED} article-id="a2" .store=${store}></news-article>`,
      );
      // No await for the network: the first render already shows the article and its body.
      expect(part(second, 'skeleton')).to.equal(null);
      expect(text(part(second, 'body'))).to.match(/^BALIKPAPAN- Kilang Pertamina/);
    });
  });

  describe('empty', () => {
    it('shows the localized empty message when no item matches', async () => {
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      el.feed = BASIC_FEED;
      el.articleId = 'no-such-article';
      el.store = freshStore();
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'empty') !== null);
      expect(text(part(el, 'empty'))).to.equal('Belum ada artikel untuk ditampilkan.');
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      expect((events[1]!.detail as { items: unknown[] }).items).to.deep.equal([]);
    });

    it('shows the empty state for a feed without items', async () => {
      const { store, respond } = controlledStore();
      respond(() => jsonResponse(jsonFeed([])));
      const el = await fixture<NewsArticle>(
        html`<news-article feed="/virtual/none.json" .store=${store}></news-article>`,
      );
      await waitUntil(() => part(el, 'empty') !== null);
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in the ${theme} theme`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article
            feed=${BASIC_FEED}
            article-id="nothing"
            locale="en"
            .store=${freshStore()}
          ></news-article>`,
        );
        await waitUntil(() => part(el, 'empty') !== null);
        await pageTheme(el, theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('error', () => {
    it('shows a localized message, fires news-error between loadstart and loadend, and retries', async () => {
      let calls = 0;
      const store = freshStore(async () => {
        calls++;
        return calls === 1 ? new Response('gone', { status: 404 }) : jsonResponse(jsonFeed([seedItem()]));
      });
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      el.feed = '/virtual/flaky.json';
      el.store = store;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'error') !== null);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error')!.querySelector('p'))).to.equal('The news server refused the request.');
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-error', 'news-loadend']);
      expect((events[1]!.detail as { code: string }).code).to.equal('http');
      expect(typeof (events[1]!.detail as { message: string }).message).to.equal('string');

      events.length = 0;
      part(el, 'retry')!.click();
      await ready(el);
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      expect(calls).to.equal(2);
    });

    it('shows the host page fallback children again on error', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <news-article
            feed="/virtual/404.json"
            .store=${freshStore(async () => new Response('', { status: 404 }))}
            ><p>Baca di situs kami.</p></news-article
          >
        </div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await waitUntil(() => part(el, 'error') !== null);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['p']);
      expect(el.querySelector('p')!.getBoundingClientRect().height).to.be.above(0);
    });

    it('reports a missing feed as an error', async () => {
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'error') !== null);
      expect((events.find((e) => e.type === 'news-error')!.detail as { code: string }).code).to.equal(
        'no-feed',
      );
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`is accessible in the ${theme} theme`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article
            feed="/virtual/500.json"
            .store=${freshStore(async () => new Response('', { status: 500 }))}
          ></news-article>`,
        );
        await waitUntil(() => part(el, 'error') !== null);
        await pageTheme(el, theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }

    it('shows the error state when the sanitizer cannot be loaded, and recovers on retry', async () => {
      FlakySanitizerArticle.allow = false;
      const el = document.createElement('flaky-sanitizer-article') as FlakySanitizerArticle;
      const events = recordEvents(el);
      el.feed = BASIC_FEED;
      el.articleId = 'a1';
      el.store = freshStore();
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'error') !== null, 'the error state', { timeout: 10_000 });
      expect(text(part(el, 'error')!.querySelector('p'))).to.equal(
        'Berita tidak dapat dimuat: periksa koneksi internet Anda.',
      );
      expect(types(events)).to.deep.equal([
        'news-loadstart',
        'news-load',
        'news-loadend',
        'news-loadstart',
        'news-error',
        'news-loadend',
      ]);
      expect((events[4]!.detail as { code: string }).code).to.equal('network');
      await expect(el).to.be.accessible();

      events.length = 0;
      FlakySanitizerArticle.allow = true;
      part(el, 'retry')!.click();
      await waitUntil(() => part(el, 'body')?.querySelector('p') != null, 'the body after retry');
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      expect(text(part(el, 'body'))).to.match(/^BALIKPAPAN- Kota Balikpapan/);
    });
  });
});
