import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-provider/news-provider.define.js';
import '../../src/components/trending-region/trending-region.define.js';
import type { TrendingRegion } from '../../src/classes.js';
import { FeedStore } from '../../src/feed/store.js';

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
});
