// A portal's RSS on another site that sends no CORS header, as most do: the test server answers
// on a second origin (127.0.0.1 beside localhost) without Access-Control-Allow-Origin, so the
// browser itself refuses the read, over the real network stack.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import { FeedStore } from '../../src/feed/store.js';
import { captureWarnings, guardPageErrors } from '../feed/helpers.js';

const otherOrigin = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

describe('a feed on another site without CORS headers', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  it('says the feed does not allow other sites, names the header in the console, and fires news-error with cors', async () => {
    const feed = `${otherOrigin}/feeds/rss-detik-news.xml?cors-test=${Math.random()}`;
    const errors: string[] = [];
    const el = await fixture<TrendingRegion>(html`
      <trending-region
        locale="id"
        .store=${new FeedStore({ retries: 0 })}
        feed=${feed}
        @news-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}
      ></trending-region>
    `);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'error state', {
      timeout: 15_000,
    });
    expect(el.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain(
      'Umpan berita ini tidak mengizinkan situs lain menampilkannya.',
    );
    expect(errors).to.deep.equal(['cors']);
    const cors = warnings.filter((text) => text.includes('Access-Control-Allow-Origin'));
    expect(cors).to.have.length(1);
    expect(cors[0]).to.contain(`the feed ${feed} answered`);
  });

  it('stays a network error when the other site does not answer at all', async () => {
    const errors: string[] = [];
    const el = await fixture<TrendingRegion>(html`
      <trending-region
        locale="en"
        .store=${new FeedStore({ retries: 0 })}
        feed="http://127.0.0.1:9/feed.xml"
        @news-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}
      ></trending-region>
    `);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="error"]'), 'error state', {
      timeout: 15_000,
    });
    expect(errors).to.deep.equal(['network']);
    expect(warnings.filter((text) => text.includes('Access-Control-Allow-Origin'))).to.deep.equal([]);
  });
});
