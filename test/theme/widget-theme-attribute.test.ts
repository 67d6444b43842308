import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/trending-region/trending-region.define.js';
import type { TrendingRegion } from '../../src/classes.js';
import { FeedStore } from '../../src/feed/store.js';

describe('a widget theme attribute', () => {
  afterEach(() => document.documentElement.removeAttribute('data-theme'));

  it('forces dark on one widget of a light page, and follows the page again without it', async () => {
    const el = await fixture<TrendingRegion>(
      html`<trending-region
        theme="dark"
        .store=${new FeedStore()}
        feed="/test/fixtures/feed-basic.json"
      ></trending-region>`,
    );
    await waitUntil(() => el.items.length > 0, 'loaded', { timeout: 10_000 });
    expect(el.getAttribute('data-news-theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(el.hasAttribute('data-news-theme')).to.equal(false);
    expect(getComputedStyle(el).colorScheme).to.not.equal('dark');
  });

  it('wins over a host page theme', async () => {
    document.documentElement.setAttribute('data-theme', 'dark');
    const el = await fixture<TrendingRegion>(
      html`<trending-region
        theme="light"
        .store=${new FeedStore()}
        feed="/test/fixtures/feed-basic.json"
      ></trending-region>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('data-news-theme')).to.equal('light');
  });
});
