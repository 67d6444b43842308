import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/related-list/related-list.define.js';
import type { RelatedList } from '../../src/components/related-list/related-list.js';
import type { NewsImpressionDetail } from '../../src/events.js';
import { FeedStore } from '../../src/feed/store.js';
import { RELATED, parts, settled, guardPageErrors } from './helpers.js';

/**
 * A stand-in IntersectionObserver the test drives by hand: the real one needs the page to render,
 * which a background test tab may not do (the scroll tests in the component suites cover the real
 * one where the page renders).
 */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  takeRecords() {
    return [];
  }
  /** Reports `ratio` of each target visible. */
  show(targets: Element[], ratio: number) {
    const entries = targets
      .filter((target) => this.targets.has(target))
      .map(
        (target) =>
          ({ target, isIntersecting: ratio > 0, intersectionRatio: ratio }) as IntersectionObserverEntry,
      );
    if (entries.length) this.callback(entries, this as unknown as IntersectionObserver);
  }
}

describe('news-impression (ImpressionController)', () => {
  const real = window.IntersectionObserver;
  // FakeObserver.all is kept across tests: the page's observers are shared (viewport.ts).
  beforeEach(() => {
    window.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
  });
  // Restored before the page-error guard checks: a failing guard would skip hooks registered after it.
  afterEach(() => {
    window.IntersectionObserver = real;
  });
  guardPageErrors();

  async function list(): Promise<{ el: RelatedList; seen: NewsImpressionDetail[]; observer: FakeObserver }> {
    const el = await fixture<RelatedList>(
      html`<related-list
        .store=${new FeedStore()}
        feed=${RELATED}
        article-id="main"
        limit="3"
      ></related-list>`,
    );
    const seen: NewsImpressionDetail[] = [];
    el.addEventListener('news-impression', (event) =>
      seen.push((event as CustomEvent<NewsImpressionDetail>).detail),
    );
    await settled(el);
    // One observer for the impressions of every list on the page.
    const impressions = FakeObserver.all.filter((observer) => observer.options.threshold === 0.5);
    expect(impressions).to.have.length(1);
    return { el, seen, observer: impressions[0]! };
  }

  it('watches the entries of every list on the page with one observer', async () => {
    const first = await list();
    const second = await list();
    expect(second.observer === first.observer, 'one observer').to.equal(true);
    const items = [...parts(first.el, 'item'), ...parts(second.el, 'item')];
    expect(items.filter((item) => first.observer.targets.has(item)).length).to.equal(items.length);
  });

  it('watches every entry with a threshold of one half', async () => {
    const { el, observer } = await list();
    expect(observer.options.threshold).to.equal(0.5);
    const items = parts(el, 'item');
    expect(items.filter((item) => observer.targets.has(item)).length).to.equal(items.length);
  });

  it('reports an entry once it is at least half visible, with its id and position', async () => {
    const { el, seen, observer } = await list();
    const items = parts(el, 'item');
    observer.show([items[1]!], 0.3);
    expect(seen).to.deep.equal([]);
    observer.show([items[1]!, items[2]!], 0.5);
    expect(seen).to.deep.equal([
      { id: 'r-explicit-1', position: 2 },
      { id: 'tag2', position: 3 },
    ]);
  });

  it('reports each entry only once per element', async () => {
    const { el, seen, observer } = await list();
    const items = parts(el, 'item');
    observer.show([items[0]!], 1);
    observer.show([items[0]!], 0);
    observer.show([items[0]!], 1);
    expect(seen).to.deep.equal([{ id: 'r-explicit-2', position: 1 }]);
    // A reported entry is no longer watched; re-rendering does not watch it again.
    expect(observer.targets.has(items[0]!)).to.equal(false);
    el.heading = 'Lainnya';
    await el.updateComplete;
    expect(observer.targets.has(items[0]!)).to.equal(false);
  });

  it('fires a bubbling, composed event from the element', async () => {
    const { el, observer } = await list();
    let heard: Event | undefined;
    const listener = (event: Event) => (heard = event);
    document.addEventListener('news-impression', listener);
    try {
      observer.show([parts(el, 'item')[0]!], 0.75);
      expect(heard?.target).to.equal(el);
      expect(heard?.bubbles && heard.composed).to.equal(true);
    } finally {
      document.removeEventListener('news-impression', listener);
    }
  });

  it('stops watching when the element leaves the page', async () => {
    const { el, seen, observer } = await list();
    const items = parts(el, 'item');
    expect(items.filter((item) => observer.targets.has(item)).length, 'watched before').to.equal(3);
    el.remove();
    expect(items.filter((item) => observer.targets.has(item)).length).to.equal(0);
    observer.show(items, 1);
    expect(seen).to.deep.equal([]);
  });
});
