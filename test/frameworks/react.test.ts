import { expect, waitUntil } from '@open-wc/testing';
// React ships CommonJS: the test server bundles it into one module (test/server/react-vendor.mjs).
// @ts-expect-error: served by the test server, typed through the casts below
import { React as ReactModule, ReactDOMClient as ReactDOMModule } from '/__vendor/react.js';
import type * as ReactTypes from 'react';
import type * as ReactDOMTypes from 'react-dom/client';
import type { Root } from 'react-dom/client';

const React = ReactModule as typeof ReactTypes;
const ReactDOMClient = ReactDOMModule as typeof ReactDOMTypes;
import '../../src/define.js';
import type { TrendingRegion } from '../../src/classes.js';
import type { NewsLoadDetail } from '../../src/index.js';

const { createElement, createRef, act } = React;
const { createRoot } = ReactDOMClient;
const FEED = '/test/fixtures/feed-basic.json';

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('React 19', () => {
  let host: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('renders a widget with attributes and receives news-load through an on* prop', async () => {
    const loads: NewsLoadDetail[] = [];
    await act(async () => {
      root.render(
        createElement('trending-region', {
          feed: FEED,
          locale: 'en',
          limit: 2,
          'onnews-load': (event: CustomEvent<NewsLoadDetail>) => loads.push(event.detail),
        }),
      );
    });
    const el = host.querySelector('trending-region') as TrendingRegion;
    await waitUntil(() => loads.length === 1, 'news-load reached the React prop handler', {
      timeout: 10_000,
    });
    expect(loads[0]!.items).to.have.length(2);
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(2);
  });

  it('sets properties through a ref and listens with addEventListener', async () => {
    const ref = createRef<TrendingRegion>();
    await act(async () => {
      root.render(createElement('trending-region', { ref, feed: FEED, locale: 'id' }));
    });
    const el = ref.current!;
    const errors: string[] = [];
    el.addEventListener('news-error', (event) =>
      errors.push((event as CustomEvent<{ code: string }>).detail.code),
    );
    await waitUntil(() => el.items.length > 0, 'loaded', { timeout: 10_000 });
    el.feed = '/test/fixtures/does-not-exist.json';
    await waitUntil(() => errors.length === 1, 'error after the feed property changed', { timeout: 10_000 });
    expect(errors[0]).to.equal('http');
  });

  it('updates the element when React props change, without re-creating it', async () => {
    await act(async () => root.render(createElement('trending-region', { feed: FEED, limit: 1 })));
    const first = host.querySelector('trending-region') as TrendingRegion;
    await waitUntil(() => first.shadowRoot!.querySelectorAll('li').length === 1, 'one item', {
      timeout: 10_000,
    });
    await act(async () => root.render(createElement('trending-region', { feed: FEED, limit: 3 })));
    const second = host.querySelector('trending-region') as TrendingRegion;
    expect(second).to.equal(first);
    await waitUntil(() => second.shadowRoot!.querySelectorAll('li').length === 3, 'three items', {
      timeout: 10_000,
    });
  });
});
