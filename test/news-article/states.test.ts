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
  storeWith,
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

    it('ends a load cut short by a return to the feed on screen: news-load, then news-loadend', async () => {
      // One feed answers at once, the other never: the page switches to it and back.
      const store = freshStore((input) =>
        String(input).includes('never')
          ? new Promise<Response>(() => undefined)
          : Promise.resolve(jsonResponse(jsonFeed([seedItem()]))),
      );
      const el = document.createElement('news-article');
      el.feed = '/virtual/shown.json';
      el.store = store;
      await fixture(html`<div>${el}</div>`);
      await ready(el);
      const events = recordEvents(el);
      el.feed = '/virtual/never.json';
      await waitUntil(() => events.length > 0);
      el.feed = '/virtual/shown.json';
      await waitUntil(() => types(events).includes('news-loadend'), 'the load never ended');
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      expect(text(part(el, 'article'))).to.contain('Upaya Balikpapan');
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

  describe('not found', () => {
    it('says the article was not found when article-id matches nothing', async () => {
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      el.feed = BASIC_FEED;
      el.articleId = 'no-such-article';
      el.store = freshStore();
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'not-found') !== null);
      expect(text(part(el, 'not-found'))).to.equal('Artikel tidak ditemukan.');
      expect(part(el, 'not-found')!.getAttribute('role')).to.equal('status');
      expect(part(el, 'empty')).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      expect((events[1]!.detail as { items: unknown[] }).items).to.deep.equal([]);
    });

    it('says so in English, for an article-url that matches nothing, and keeps the fallback link visible', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <news-article
            feed=${BASIC_FEED}
            article-url="https://example.com/berita/removed"
            locale="en"
            .store=${freshStore()}
            ><a href="https://example.com/berita/removed">Read it on our site</a></news-article
          >
        </div>`,
      );
      const el = wrapper.querySelector('news-article')!;
      await waitUntil(() => part(el, 'not-found') !== null);
      expect(text(part(el, 'not-found'))).to.equal('The article was not found.');
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((node) => node.localName)).to.deep.equal(['a']);
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
      await expect(el).to.be.accessible();
    });

    it('is the not-found state, not the newest article, when the chosen id reappears later', async () => {
      const el = await fixture<NewsArticle>(
        html`<news-article feed=${BASIC_FEED} article-id="zz" .store=${freshStore()}></news-article>`,
      );
      await waitUntil(() => part(el, 'not-found') !== null);
      el.articleId = 'a2';
      await ready(el);
      expect(part(el, 'not-found')).to.equal(null);
      expect(el.items.map((item) => item.id)).to.deep.equal(['a2']);
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
        await waitUntil(() => part(el, 'not-found') !== null);
        await pageTheme(el, theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('empty', () => {
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
            feed="/virtual/none.json"
            locale="en"
            .store=${storeWith(jsonFeed([]))}
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
        return calls === 1 ? new Response('busy', { status: 503 }) : jsonResponse(jsonFeed([seedItem()]));
      });
      const el = document.createElement('news-article');
      const events = recordEvents(el);
      el.feed = '/virtual/flaky.json';
      el.store = store;
      await fixture(html`<div>${el}</div>`);
      await waitUntil(() => part(el, 'error') !== null);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      // A busy server is in trouble, not refusing.
      expect(text(part(el, 'error')!.querySelector('p'))).to.equal(
        'The news server is having trouble right now.',
      );
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-error', 'news-loadend']);
      expect((events[1]!.detail as { code: string }).code).to.equal('http');
      expect(typeof (events[1]!.detail as { message: string }).message).to.equal('string');
      expect(text(part(el, 'retry'))).to.equal('Try again');

      events.length = 0;
      part(el, 'retry')!.click();
      await ready(el);
      expect(types(events)).to.deep.equal(['news-loadstart', 'news-load', 'news-loadend']);
      expect(calls).to.equal(2);
    });

    for (const [status, locale, message] of [
      [404, 'en', 'The news feed was not found.'],
      [410, 'en', 'The news feed was not found.'],
      [404, 'id', 'Umpan berita tidak ditemukan.'],
      [403, 'en', 'The news server refused the request.'],
    ] as const) {
      it(`says "${message}" for a ${status}, without a retry control (${locale})`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article
            feed="/virtual/${status}.json"
            locale=${locale}
            .store=${freshStore(async () => new Response('', { status }))}
          ></news-article>`,
        );
        await waitUntil(() => part(el, 'error') !== null);
        expect(text(part(el, 'error')!.querySelector('p'))).to.equal(message);
        expect(part(el, 'retry')).to.equal(null);
        expect(part(el, 'error')!.querySelector('button')).to.equal(null);
      });
    }

    const transient: Array<[string, string, () => Promise<Response>]> = [
      [
        'a network failure',
        'The news could not be loaded: check your connection.',
        () => Promise.reject(new TypeError('Failed to fetch')),
      ],
      [
        'a 500',
        'The news server is having trouble right now.',
        async () => new Response('', { status: 500 }),
      ],
      [
        'a 429',
        'The news server is having trouble right now.',
        async () => new Response('', { status: 429, headers: { 'retry-after': '0' } }),
      ],
    ];
    for (const [name, message, answer] of transient) {
      it(`says "${message}" and offers a retry after ${name}`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article
            feed="/virtual/transient.json"
            locale="en"
            .store=${freshStore(answer)}
          ></news-article>`,
        );
        await waitUntil(() => part(el, 'error') !== null);
        expect(text(part(el, 'error')!.querySelector('p'))).to.equal(message);
        expect(text(part(el, 'retry'))).to.equal('Try again');
      });
    }

    const configuration: Array<[string, string, () => Promise<Response>]> = [
      [
        'an HTML page',
        'The news server sent data that could not be read.',
        async () =>
          new Response('<!doctype html><p>Beranda</p>', { headers: { 'content-type': 'text/html' } }),
      ],
      [
        'JSON that is not a feed',
        'The news server did not send a valid news feed.',
        async () => jsonResponse({ posts: [] }),
      ],
      ['a 400', 'The news server refused the request.', async () => new Response('', { status: 400 })],
    ];
    for (const [name, message, answer] of configuration) {
      it(`offers no retry after ${name}`, async () => {
        const el = await fixture<NewsArticle>(
          html`<news-article
            feed="/virtual/wrong.json"
            locale="en"
            .store=${freshStore(answer)}
          ></news-article>`,
        );
        await waitUntil(() => part(el, 'error') !== null);
        expect(text(part(el, 'error')!.querySelector('p'))).to.equal(message);
        expect(part(el, 'retry')).to.equal(null);
      });
    }

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
      expect(part(el, 'retry'), 'retrying cannot set a feed').to.equal(null);
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
