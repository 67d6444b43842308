import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle, TrendingRegion } from '../../src/classes.js';

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
});
