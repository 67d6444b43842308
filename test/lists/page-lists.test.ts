import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/news-article/news-article.define.js';
import '../../src/components/news-provider/news-provider.define.js';
import '../../src/components/related-list/related-list.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import type { NewsProvider } from '../../src/components/news-provider/news-provider.js';
import type { RelatedList } from '../../src/components/related-list/related-list.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import { FeedStore } from '../../src/feed/store.js';
import { TRENDING, expectAccessible, settled, shownIds, until, guardPageErrors } from './helpers.js';

// The trending fixture ranked by reads: u1, k2, k3, k1, bali-plain, bali-accent, sulawesi, k4.
// Newest first (a related list without an article): k4, k3, u1, sulawesi, bali-plain, ...
const ALL_TRENDING = ['u1', 'k2', 'k3', 'k1', 'bali-plain'];

/** Waits until an article shows its item. */
function articleShown(article: NewsArticle): Promise<void> {
  return until(() => article.items.length === 1 && !article.hasAttribute('aria-busy'), 'article not shown');
}

describe('Lists a reader does not find odd', () => {
  guardPageErrors();

  describe('the article the page shows', () => {
    it('is not offered by a trending list under the same provider, above or below it, opt-out or not', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${TRENDING} .store=${new FeedStore()}>
          <trending-region class="above"></trending-region>
          <news-article article-id="u1"></news-article>
          <trending-region class="below" exclude-shown="false"></trending-region>
        </news-provider>`,
      );
      const [above, below] = Array.from(provider.querySelectorAll('trending-region'));
      await articleShown(provider.querySelector('news-article')!);
      await Promise.all([settled(above!), settled(below!)]);
      // u1, the most read, is the article on the page: the next five instead.
      const withoutArticle = ['k2', 'k3', 'k1', 'bali-plain', 'bali-accent'];
      await until(
        () => shownIds(above!).join() === withoutArticle.join(),
        `above: ${shownIds(above!).join()}`,
      );
      await until(
        () => shownIds(below!).join() === withoutArticle.join(),
        `below: ${shownIds(below!).join()}`,
      );
      await expectAccessible(above!);
    });

    it('is not offered by a list on the same feed without a provider, and the list follows the article', async () => {
      const store = new FeedStore();
      const page = await fixture<HTMLElement>(
        html`<div>
          <trending-region .store=${store} feed=${TRENDING}></trending-region>
          <news-article .store=${store} feed=${TRENDING} article-id="u1"></news-article>
        </div>`,
      );
      const trending = page.querySelector('trending-region')!;
      const article = page.querySelector('news-article')!;
      await articleShown(article);
      await settled(trending);
      await until(
        () => !shownIds(trending).includes('u1'),
        `u1 is on the page, yet listed: ${shownIds(trending)}`,
      );
      expect(shownIds(trending)).to.deep.equal(['k2', 'k3', 'k1', 'bali-plain', 'bali-accent']);
      article.articleId = 'k2';
      await until(
        () => shownIds(trending).join() === ['u1', 'k3', 'k1', 'bali-plain', 'bali-accent'].join(),
        `the list did not follow the article: ${shownIds(trending)}`,
      );
    });

    it('leaves a trending list whole on a page whose article shows nothing (not found)', async () => {
      const store = new FeedStore();
      const page = await fixture<HTMLElement>(
        html`<div>
          <news-article .store=${store} feed=${TRENDING} article-id="gone"></news-article>
          <trending-region .store=${store} feed=${TRENDING}></trending-region>
        </div>`,
      );
      const article = page.querySelector('news-article')!;
      const trending = page.querySelector('trending-region')!;
      await settled(trending);
      await until(
        () => article.shadowRoot?.querySelector('[part~="not-found"]'),
        'article not in its not-found state',
      );
      expect(article.items).to.deep.equal([]);
      expect(shownIds(trending)).to.deep.equal(ALL_TRENDING);
    });
  });

  describe('lists on one page', () => {
    it('do not repeat each other: a later list skips what an earlier one shows', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${TRENDING} .store=${new FeedStore()}>
          <related-list limit="3"></related-list>
          <trending-region limit="3"></trending-region>
        </news-provider>`,
      );
      const related = provider.querySelector<RelatedList>('related-list')!;
      const trending = provider.querySelector<TrendingRegion>('trending-region')!;
      await Promise.all([settled(related), settled(trending)]);
      await until(
        () => !shownIds(trending).includes('u1'),
        `trending repeats related: ${shownIds(trending)}`,
      );
      // Related (newest first) is above: its own ranking. Trending skips k3 and u1.
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'u1']);
      expect(shownIds(trending)).to.deep.equal(['k2', 'k1', 'bali-plain']);
      await expectAccessible(trending);
    });

    it('forget a list removed while an update was pending, and follow a list moved in the page', async () => {
      const store = new FeedStore();
      const page = await fixture<HTMLElement>(
        html`<div>
          <related-list .store=${store} feed=${TRENDING} limit="3"></related-list>
          <trending-region .store=${store} feed=${TRENDING} limit="3"></trending-region>
        </div>`,
      );
      const related = page.querySelector<RelatedList>('related-list')!;
      const trending = page.querySelector<TrendingRegion>('trending-region')!;
      await Promise.all([settled(related), settled(trending)]);
      await until(() => shownIds(trending).join() === 'k2,k1,bali-plain', `trending: ${shownIds(trending)}`);
      // An update pending when the list leaves (a limit changed in the same task) must not sign it up again.
      related.limit = 4;
      related.remove();
      await until(() => shownIds(trending).join() === 'u1,k2,k3', `after removal: ${shownIds(trending)}`);
      await related.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(shownIds(trending)).to.deep.equal(['u1', 'k2', 'k3']);
      // Back in the page, above the trending list: it counts again.
      page.prepend(related);
      await until(() => !shownIds(trending).includes('u1'), `after moving back: ${shownIds(trending)}`);
    });

    it('do not depend on which list renders first: document order decides', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${TRENDING} .store=${new FeedStore()}>
          <trending-region limit="3"></trending-region>
        </news-provider>`,
      );
      const trending = provider.querySelector<TrendingRegion>('trending-region')!;
      await settled(trending);
      expect(shownIds(trending)).to.deep.equal(['u1', 'k2', 'k3']);
      // A list rendered later but placed above: the trending list below gives way to it...
      const related = document.createElement('related-list');
      related.limit = 3;
      provider.prepend(related);
      await settled(related);
      await until(
        () => shownIds(trending).join() === 'k2,k1,bali-plain',
        `the list below did not give way: ${shownIds(trending)}`,
      );
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'u1']);
      // ...and a list rendered later below the others skips what both show.
      const last = document.createElement('trending-region');
      last.limit = 2;
      provider.append(last);
      await settled(last);
      await until(() => shownIds(last).join() === 'bali-accent,sulawesi', `last: ${shownIds(last)}`);
      // The one above leaves: the lists below take its entries back.
      related.remove();
      await until(() => shownIds(trending).join() === 'u1,k2,k3', `after removal: ${shownIds(trending)}`);
      await until(() => shownIds(last).join() === 'k1,bali-plain', `last after removal: ${shownIds(last)}`);
    });

    it('do not repeat each other without a provider either, on the same feed', async () => {
      const store = new FeedStore();
      const page = await fixture<HTMLElement>(
        html`<div>
          <related-list .store=${store} feed=${TRENDING} limit="3"></related-list>
          <trending-region .store=${store} feed=${TRENDING} limit="3"></trending-region>
        </div>`,
      );
      const related = page.querySelector('related-list')!;
      const trending = page.querySelector('trending-region')!;
      await Promise.all([settled(related), settled(trending)]);
      await until(() => shownIds(trending).join() === 'k2,k1,bali-plain', `trending: ${shownIds(trending)}`);
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'u1']);
    });

    it('repeat entries again with exclude-shown="false", and stop when the attribute goes', async () => {
      const provider = await fixture<NewsProvider>(
        html`<news-provider feed=${TRENDING} .store=${new FeedStore()}>
          <related-list limit="3"></related-list>
          <trending-region limit="3" exclude-shown="false"></trending-region>
        </news-provider>`,
      );
      const related = provider.querySelector<RelatedList>('related-list')!;
      const trending = provider.querySelector<TrendingRegion>('trending-region')!;
      await Promise.all([settled(related), settled(trending)]);
      await related.updateComplete;
      await trending.updateComplete;
      expect(trending.excludeShown).to.equal(false);
      // Its own ranking, u1 and k3 repeated from the list above.
      expect(shownIds(trending)).to.deep.equal(['u1', 'k2', 'k3']);
      expect(shownIds(related)).to.deep.equal(['k4', 'k3', 'u1']);

      // Removed, the attribute means the default again, as if never written.
      trending.removeAttribute('exclude-shown');
      expect(trending.excludeShown).to.equal(true);
      await until(() => shownIds(trending).join() === 'k2,k1,bali-plain', `default: ${shownIds(trending)}`);
      // The old opt-in spelling, a bare attribute, is the default too.
      trending.setAttribute('exclude-shown', '');
      expect(trending.excludeShown).to.equal(true);
      trending.setAttribute('exclude-shown', 'FALSE');
      await until(() => shownIds(trending).join() === 'u1,k2,k3', `opt-out again: ${shownIds(trending)}`);
      // The property works as well (frameworks set properties).
      trending.excludeShown = true;
      await until(() => shownIds(trending).join() === 'k2,k1,bali-plain', `property: ${shownIds(trending)}`);
    });

    it('counts a feed written with a fragment as the same feed (one request, one page)', async () => {
      let requests = 0;
      const store = new FeedStore({
        fetch: (input, init) => {
          requests++;
          return fetch(input, init);
        },
      });
      const page = await fixture(
        html`<div>
          <trending-region feed=${TRENDING} .store=${store}></trending-region>
          <trending-region feed=${`${TRENDING}#sidebar`} .store=${store}></trending-region>
        </div>`,
      );
      const [above, below] = Array.from(page.querySelectorAll<TrendingRegion>('trending-region'));
      await settled(above!);
      await settled(below!);
      await until(() => shownIds(below!).length > 0, 'the second list shows what is left');
      expect(shownIds(below!).filter((id) => shownIds(above!).includes(id))).to.deep.equal([]);
      expect(requests).to.equal(1);
    });
  });
});
