// A <news-provider> defined after the widgets inside it, as an app's bundler may order the
// modules: nothing on this page defines <news-provider> before the last test does.
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

/** An app component that renders a list in its own shadow root. */
class AppCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).append(document.createElement('trending-region'));
  }
}
customElements.define('app-card', AppCard);

describe('a <news-provider> defined after its widgets', () => {
  guardPageErrors();

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

  it('does not wait for it once the widget is given a feed of its own, even after connecting', async () => {
    const host = await fixture<HTMLElement>(
      html`<news-provider><trending-region></trending-region></news-provider>`,
    );
    const list = host.querySelector<TrendingRegion>('trending-region')!;
    await list.updateComplete;
    list.feed = FEED;
    // Sooner than the five seconds it would otherwise wait, with room for a busy machine.
    await waitUntil(() => list.items.length > 0, 'its own feed shown', { timeout: 3_500 });
  });

  it('waits for the provider, through an app component\u2019s shadow root too, then shows its feed in its locale', async () => {
    const host = await fixture<HTMLElement>(
      html`<news-provider feed=${FEED} locale="en"
        ><trending-region></trending-region><app-card></app-card
      ></news-provider>`,
    );
    const list = host.querySelector<TrendingRegion>('trending-region')!;
    const nested = host
      .querySelector('app-card')!
      .shadowRoot!.querySelector<TrendingRegion>('trending-region')!;
    await Promise.all([list.updateComplete, nested.updateComplete]);
    expect(shows(list, 'error'), 'no "no feed" error before the provider is defined').to.equal(false);
    expect(shows(nested, 'error'), 'none in the shadow root either').to.equal(false);
    NewsProvider.define();
    for (const widget of [list, nested]) {
      await waitUntil(() => widget.items.length > 0, 'the provider feed shown', { timeout: 10_000 });
      expect(widget.resolvedLocale).to.equal('en');
      expect(shows(widget, 'error')).to.equal(false);
    }
  });
});
