import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { NewsArticle, TrendingRegion } from '../../src/classes.js';
import { FeedStore } from '../../src/feed/store.js';

const FEED = '/test/fixtures/feed-basic.json';

/** Text size and padding of every part in the widgets' shadow roots. */
function measure(widgets: Element[]): string[] {
  return widgets.flatMap((widget) =>
    Array.from(widget.shadowRoot!.querySelectorAll('[part]'), (el) => {
      const style = getComputedStyle(el);
      return `${widget.localName} ${el.getAttribute('part')}: ${style.fontSize} ${style.padding} ${style.gap}`;
    }),
  );
}

describe('the host page type', () => {
  it('neither shrinks nor blows up the widgets, and --news-font-size scales them', async () => {
    const store = new FeedStore();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <news-article .store=${store} feed=${FEED}></news-article>
        <trending-region .store=${store} feed=${FEED}></trending-region>
        <dark-mode-toggle></dark-mode-toggle>
      </div>`,
    );
    const widgets = Array.from(wrapper.children);
    const article = widgets[0] as NewsArticle;
    const trending = widgets[1] as TrendingRegion;
    await waitUntil(() => article.items.length > 0 && trending.items.length > 0, 'loaded', {
      timeout: 10_000,
    });
    await article.updateComplete;
    const dateSize = () =>
      parseFloat(getComputedStyle(trending.shadowRoot!.querySelector('[part~="date"]')!).fontSize);
    const reference = measure(widgets);
    const referenceDate = dateSize();
    expect(referenceDate).to.equal(13); // 0.8125 of the reader's default 16px
    expect(reference.length).to.be.greaterThan(10);

    // Bootstrap 3 and the "62.5%" idiom set the root to 10px; rem-sized text used to follow.
    const root = document.documentElement;
    const hostile = document.createElement('style');
    try {
      root.style.fontSize = '10px';
      expect(measure(widgets)).to.deep.equal(reference);
      hostile.textContent = '* { font-size: 40px !important; }';
      document.head.append(hostile);
      expect(measure(widgets)).to.deep.equal(reference);
    } finally {
      root.style.removeProperty('font-size');
      hostile.remove();
    }

    wrapper.style.setProperty('--news-font-size', '20px');
    expect(dateSize()).to.be.closeTo(referenceDate * 1.25, 0.01);
  });
});
