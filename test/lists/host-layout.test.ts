import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { TrendingRegion, RelatedList } from '../../src/classes.js';
import { FeedStore } from '../../src/feed/store.js';

const FEED = '/test/fixtures/feed-basic.json';

// Partners drop widgets into floats, inline blocks and flex rows that size to their content.
const hosts = {
  float: 'float: left',
  'inline-block': 'display: inline-block',
  'flex row item': 'display: flex',
  'absolute box': 'position: absolute',
};

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('widgets in shrink-to-fit host layouts', () => {
  for (const [name, style] of Object.entries(hosts)) {
    it(`keeps a readable width in a ${name}`, async () => {
      const store = new FeedStore();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style=${style}>
          <trending-region .store=${store} feed=${FEED}></trending-region>
          <related-list .store=${store} feed=${FEED} thumbnails></related-list>
        </div>`,
      );
      const trending = wrapper.querySelector<TrendingRegion>('trending-region')!;
      const related = wrapper.querySelector<RelatedList>('related-list')!;
      await waitUntil(() => trending.items.length > 0 && related.items.length > 0, 'loaded', {
        timeout: 10_000,
      });
      await trending.updateComplete;
      // Lists skip layout (content-visibility: auto) until a frame finds them near the viewport:
      // measure after a frame, as a reader sees it.
      await nextFrame();
      expect(trending.getBoundingClientRect().width).to.be.greaterThan(150);
      expect(related.getBoundingClientRect().width).to.be.greaterThan(150);
    });
  }
});

describe('widgets in a narrow column under big host type', () => {
  it('keep every date inside the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 180px; letter-spacing: 2px; text-transform: uppercase">
        <trending-region
          style="--news-list-date-size: 30px"
          .store=${new FeedStore()}
          feed=${FEED}
          thumbnails
        ></trending-region>
      </div>`,
    );
    const trending = wrapper.querySelector<TrendingRegion>('trending-region')!;
    await waitUntil(() => trending.items.length > 0, 'loaded', { timeout: 10_000 });
    await nextFrame();
    const box = trending.getBoundingClientRect();
    const dates = Array.from(trending.shadowRoot!.querySelectorAll('[part~="date"]'));
    expect(dates.length).to.be.greaterThan(0);
    for (const date of dates) {
      // The text's own boxes: the element's box keeps the column's width when its text overflows.
      const text = document.createRange();
      text.selectNodeContents(date);
      for (const line of Array.from(text.getClientRects())) {
        expect(line.right, date.textContent!).to.be.at.most(box.right + 0.5);
        expect(line.left, date.textContent!).to.be.at.least(box.left - 0.5);
      }
    }
  });
});

describe('widgets in a grid', () => {
  it('never widen their column, on screen or far below it', async () => {
    const store = new FeedStore();
    const grid = await fixture<HTMLDivElement>(
      html`<div style="display: grid; grid-template-columns: repeat(4, 1fr); gap: 8px; width: 600px">
        ${Array.from(
          { length: 24 },
          // The same list 24 times: repeats allowed, else the later ones would be empty.
          () => html`<trending-region .store=${store} feed=${FEED} exclude-shown="false"></trending-region>`,
        )}
      </div>`,
    );
    const lists = [...grid.querySelectorAll<TrendingRegion>('trending-region')];
    await waitUntil(() => lists.every((list) => list.items.length > 0), 'loaded', { timeout: 10_000 });
    await nextFrame();
    const column = (600 - 3 * 8) / 4;
    for (const list of lists) expect(list.getBoundingClientRect().width).to.be.closeTo(column, 1);
    expect(lists.at(-1)!.getBoundingClientRect().top).to.be.greaterThan(window.innerHeight);
  });
});

describe('content-visibility', () => {
  it('is auto on lists, and a host page can opt out from outside', async () => {
    const style = document.createElement('style');
    style.textContent = '.opt-out { content-visibility: visible; }';
    document.head.append(style);
    try {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <trending-region .store=${new FeedStore()} feed=${FEED}></trending-region>
          <trending-region class="opt-out" .store=${new FeedStore()} feed=${FEED}></trending-region>
        </div>`,
      );
      const [skipping, visible] = wrapper.querySelectorAll('trending-region');
      expect(getComputedStyle(skipping!).contentVisibility).to.equal('auto');
      expect(getComputedStyle(visible!).contentVisibility).to.equal('visible');
    } finally {
      style.remove();
    }
  });
});
