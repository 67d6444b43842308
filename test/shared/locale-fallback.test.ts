import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-article/news-article.define.js';
import '../../src/components/news-provider/news-provider.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { NewsArticle, TrendingRegion } from '../../src/classes.js';
import { FeedStore } from '../../src/feed/store.js';
import { settled, storeWith } from '../lists/helpers.js';
import { openEnlargeDialog } from '../news-article/helpers.js';

/** A feed that names no language, so only the page can say which one. */
const noLanguage = () =>
  storeWith([
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tanpa bahasa',
      items: [{ id: 'a', title: 'Judul', date_published: '2025-09-13T10:00:00+08:00' }],
    },
  ]).store;

describe('locale resolution', () => {
  it('skips a malformed locale attribute and uses the next source instead of English', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="id">
        <trending-region
          locale="id_ID!!"
          .store=${new FeedStore()}
          feed="/test/fixtures/feed-basic.json"
        ></trending-region>
      </div>`,
    );
    const el = wrapper.querySelector<TrendingRegion>('trending-region')!;
    await waitUntil(() => el.items.length > 0, 'loaded', { timeout: 10_000 });
    expect(el.resolvedLocale).to.equal('id');
    expect(el.shadowRoot!.querySelector('[part~=heading]')!.textContent!.trim()).to.equal(
      'Trending di Daerah',
    );
  });

  it('falls back to the nearest [lang], then <html lang>, when attribute and feed name none', async () => {
    // The second widget has a malformed [lang] on the way up: only <html lang> can answer for it.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div lang="id">
          <trending-region locale="id_ID!!" .store=${noLanguage()} feed="/virtual/a.json"></trending-region>
        </div>
        <div lang="id_ID!!">
          <trending-region .store=${noLanguage()} feed="/virtual/b.json"></trending-region>
        </div>
      </div>`,
    );
    const [nearest, page] = wrapper.querySelectorAll<TrendingRegion>('trending-region');
    await Promise.all([settled(nearest!), settled(page!)]);
    expect(nearest!.resolvedLocale).to.equal('id');
    expect(nearest!.shadowRoot!.querySelector('[part~=heading]')!.textContent!.trim()).to.equal(
      'Trending di Daerah',
    );
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.lang = 'id';
      expect(page!.resolvedLocale).to.equal('id');
      root.lang = 'en-GB';
      expect(page!.resolvedLocale).to.equal('en-GB');
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.lang = before;
    }
  });

  it('prefers the feed language to the page around the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <trending-region .store=${new FeedStore()} feed="/test/fixtures/feed-basic.json"></trending-region>
      </div>`,
    );
    const el = wrapper.querySelector<TrendingRegion>('trending-region')!;
    await settled(el);
    expect(el.resolvedLocale).to.equal('id');
  });

  it('prefers the attribute, then the provider, then the feed language', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <news-provider locale="en" feed="/test/fixtures/feed-basic.json" .store=${new FeedStore()}>
          <trending-region></trending-region>
          <trending-region locale="id"></trending-region>
        </news-provider>
      </div>`,
    );
    const [fromProvider, fromAttribute] = wrapper.querySelectorAll<TrendingRegion>('trending-region');
    await waitUntil(() => fromProvider!.items.length > 0 && fromAttribute!.items.length > 0, 'loaded', {
      timeout: 10_000,
    });
    expect(fromProvider!.resolvedLocale).to.equal('en');
    expect(fromAttribute!.resolvedLocale).to.equal('id');
  });

  it('takes a locale registered through an element class, as a page with only the script tag does', async () => {
    const Trending = customElements.get('trending-region') as unknown as {
      registerLocale(tag: string, messages: object): void;
    };
    // Partial, as a page without TypeScript may pass it: the rest falls back to English.
    Trending.registerLocale('jv', { trendingHeading: 'Trending ing Dhaerah', rank: 42 });
    const el = await fixture<TrendingRegion>(
      html`<trending-region locale="jv" .store=${noLanguage()} feed="/virtual/jv.json"></trending-region>`,
    );
    await settled(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part~=heading]')!.textContent!.trim()).to.equal('Trending ing Dhaerah');
    // A string of the wrong kind (a number for a function) is English, not a throw.
    expect(root.querySelector('[part~=rank] .vh')!.textContent).to.equal('Rank 1');
  });

  it('marks each UI string a partial locale took from English as English, the rest as the locale', async () => {
    const Article = customElements.get('news-article') as unknown as {
      registerLocale(tag: string, messages: object): void;
    };
    Article.registerLocale('fr', { enlarge: 'Agrandir', readCount: (count: string) => `Lu ${count} fois` });
    const el = await fixture<NewsArticle>(
      html`<news-article
        locale="fr"
        .store=${new FeedStore()}
        feed="/test/fixtures/feed-basic.json"
        article-id="a1"
      ></news-article>`,
    );
    await waitUntil(() => el.items.length > 0, 'loaded', { timeout: 10_000 });
    await el.updateComplete;
    const root = el.shadowRoot!;
    const langOf = (selector: string) => root.querySelector(selector)!.getAttribute('lang');
    // The article is in the feed's Indonesian; French and English strings are marked apart from it.
    expect(langOf('[part~=article]')).to.equal('id');
    expect([
      root.querySelector('[part~=enlarge]')!.textContent!.trim(),
      langOf('[part~=enlarge]'),
    ]).to.deep.equal(['Agrandir', 'fr']);
    expect([root.querySelector('[part~=views]')!.textContent, langOf('[part~=views]')]).to.deep.equal([
      `Lu 20 fois`,
      'fr',
    ]);
    // The dialog (with its close button) exists once the reader first presses "enlarge".
    (await openEnlargeDialog(el)).close();
    expect([root.querySelector('[part~=close]')!.textContent!.trim(), langOf('[part~=close]')]).to.deep.equal(
      ['Close', 'en'],
    );
    expect(langOf('[part~=author] .vh')).to.equal('en');
  });
});
