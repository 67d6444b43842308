import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/trending-region/trending-region.define.js';
import type { TrendingRegion } from '../../src/classes.js';
import { FeedStore } from '../../src/feed/store.js';

/** A store whose fetch counts requests and answers from the real test server. */
function countingStore(): { store: FeedStore; requests: () => number } {
  let count = 0;
  const store = new FeedStore({
    fetch: (input, init) => {
      count++;
      return fetch(input, init);
    },
  });
  return { store, requests: () => count };
}

/** A widget 5000 px below the top of the page; `lazy` sets `loading="lazy"`, else no attribute (the default). */
async function belowTheFold(store: FeedStore, lazy: boolean): Promise<TrendingRegion> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div>
      <div style="height: 5000px"></div>
      <trending-region
        loading=${lazy ? 'lazy' : nothing}
        .store=${store}
        feed="/test/fixtures/feed-basic.json"
      ></trending-region>
    </div>`,
  );
  return wrapper.querySelector<TrendingRegion>('trending-region')!;
}

const nextFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('loading="lazy"', () => {
  it('fetches nothing until the widget nears the viewport, then loads', async () => {
    const { store, requests } = countingStore();
    const el = await belowTheFold(store, true);
    expect(el.getBoundingClientRect().top, 'beyond the 600px margin').to.be.greaterThan(innerHeight + 600);
    await nextFrames();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests(), 'no request while far below the fold').to.equal(0);
    expect(el.shadowRoot!.querySelector('[part~=skeleton]'), 'the skeleton holds the space').to.not.equal(
      null,
    );
    try {
      el.scrollIntoView();
      await waitUntil(() => el.items.length > 0, 'loaded after scrolling near it', { timeout: 10_000 });
      expect(requests()).to.equal(1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('fetches at once where IntersectionObserver is missing', async () => {
    const { store, requests } = countingStore();
    const real = window.IntersectionObserver;
    // @ts-expect-error a browser (or test DOM) without the API
    delete window.IntersectionObserver;
    try {
      const el = await belowTheFold(store, true);
      await waitUntil(() => el.items.length > 0, 'loaded without an observer', { timeout: 10_000 });
      expect(requests()).to.equal(1);
    } finally {
      window.IntersectionObserver = real;
    }
  });

  it('leaves a widget that left the page before its first update unwatched, so it can be collected', async () => {
    const real = window.IntersectionObserver;
    const watched = new Set<Element>();
    // A stand-in that records what is observed: viewport.ts makes observers of its own for it.
    window.IntersectionObserver = class {
      observe(target: Element) {
        watched.add(target);
      }
      unobserve(target: Element) {
        watched.delete(target);
      }
      disconnect() {
        watched.clear();
      }
    } as unknown as typeof IntersectionObserver;
    try {
      const el = document.createElement('trending-region') as TrendingRegion;
      el.loading = 'lazy';
      el.feed = '/test/fixtures/feed-basic.json';
      // Added and removed in one task: Lit still runs the update that was pending.
      document.body.append(el);
      expect(watched.has(el), 'watched while on the page').to.equal(true);
      el.remove();
      await el.updateComplete;
      expect(watched.has(el)).to.equal(false);
    } finally {
      window.IntersectionObserver = real;
    }
  });

  it('fetches at once by default', async () => {
    const { store, requests } = countingStore();
    const el = await belowTheFold(store, false);
    await waitUntil(() => el.items.length > 0, 'loaded without scrolling', { timeout: 10_000 });
    expect(requests()).to.equal(1);
  });
});
