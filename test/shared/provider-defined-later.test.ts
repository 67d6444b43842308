// A <news-provider> defined after the widgets inside it, as an app's bundler may order the
// modules: nothing on this page defines <news-provider> before these tests do.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/trending-region/trending-region.define.js';
import { NewsProvider } from '../../src/components/news-provider/news-provider.js';
import { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import { guardPageErrors } from '../feed/helpers.js';

const FEED = '/test/fixtures/feed-basic.json';
/** Whether the widget shows that part (a boolean: a failing assertion must not serialize an element). */
const shows = (el: Element, name: string): boolean =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;

/** A list that waits for its provider only briefly, so the test need not wait five seconds. */
class ImpatientList extends TrendingRegion {
  static override providerWaitMs = 100;
}
ImpatientList.define('impatient-list');

describe('a <news-provider> defined after its widgets', () => {
  guardPageErrors();

  // First: every later test defines <news-provider>.
  it('says "no feed" after a short wait when the provider is never defined', async () => {
    const host = await fixture<HTMLElement>(
      html`<news-provider feed=${FEED}><impatient-list></impatient-list></news-provider>`,
    );
    const list = host.querySelector<TrendingRegion>('impatient-list')!;
    await list.updateComplete;
    expect(shows(list, 'error'), 'no error while it waits').to.equal(false);
    expect(shows(list, 'skeleton')).to.equal(true);
    await waitUntil(() => shows(list, 'error'), 'the no-feed error after the wait', { timeout: 5_000 });
  });

  it('waits for the provider, then shows its feed in its locale', async () => {
    const host = await fixture<HTMLElement>(
      html`<news-provider feed=${FEED} locale="en"><trending-region></trending-region></news-provider>`,
    );
    const list = host.querySelector<TrendingRegion>('trending-region')!;
    await list.updateComplete;
    expect(shows(list, 'error'), 'no "no feed" error before the provider is defined').to.equal(false);
    NewsProvider.define();
    await waitUntil(() => list.items.length > 0, 'the provider feed shown', { timeout: 10_000 });
    expect(list.resolvedLocale).to.equal('en');
    expect(shows(list, 'error')).to.equal(false);
  });
});
