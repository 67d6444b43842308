import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle, RelatedList, TrendingRegion } from '../../src/classes.js';

describe('plain HTML with markup added later', () => {
  it('upgrades elements a single-page app inserts after load, with no second script', async () => {
    const view = document.createElement('div');
    document.body.append(view);
    // What a SPA router does: replace a view's markup long after the bundle ran.
    view.insertAdjacentHTML(
      'beforeend',
      `<news-provider feed="/test/fixtures/feed-basic.json" locale="en">
         <news-article article-id="a1"></news-article>
         <trending-region limit="2"></trending-region>
       </news-provider>`,
    );
    const article = view.querySelector('news-article') as NewsArticle;
    const trending = view.querySelector('trending-region') as TrendingRegion;
    await waitUntil(() => article.items.length === 1 && trending.items.length === 2, 'both widgets loaded', {
      timeout: 10_000,
    });
    expect(article.shadowRoot!.querySelector('h1')!.textContent!.trim()).to.equal(article.items[0]!.title);
    view.remove();
  });

  it('keeps working when an element is moved in the DOM', async () => {
    const a = document.createElement('div');
    const b = document.createElement('div');
    document.body.append(a, b);
    const trending = document.createElement('trending-region') as TrendingRegion;
    trending.setAttribute('feed', '/test/fixtures/feed-basic.json');
    a.append(trending);
    await waitUntil(() => trending.items.length > 0, 'loaded', { timeout: 10_000 });
    b.append(trending);
    await trending.updateComplete;
    expect(trending.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
    a.remove();
    b.remove();
  });

  // A router or a CMS editor moves a widget while its feed is on the way: the move aborts that
  // request, and the widget, connected again, must ask again rather than wait forever.
  for (const tag of ['trending-region', 'related-list', 'news-article'] as const) {
    it(`finishes loading a <${tag}> moved while its feed was on the way`, async () => {
      const a = document.createElement('div');
      const b = document.createElement('div');
      document.body.append(a, b);
      const el = document.createElement(tag) as TrendingRegion | RelatedList | NewsArticle;
      el.setAttribute('feed', `/faults/slow?ms=400&key=moved-${tag}-${Math.random()}`);
      if (tag === 'related-list') el.setAttribute('article-id', 'f1');
      a.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="skeleton"]'), 'loading before the move').to.not.equal(
        null,
      );
      let loads = 0;
      el.addEventListener('news-load', () => loads++);
      b.append(el);
      await waitUntil(() => loads === 1, 'no news-load after the move', { timeout: 10_000 });
      expect(el.items.length).to.be.greaterThan(0);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      a.remove();
      b.remove();
    });
  }
});
