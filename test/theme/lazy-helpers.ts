// Helpers for the pages with widgets only, which must not import the theme store (./helpers.js
// does): there the store loads when the page needs it (src/theme/theme-core.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/trending-region/trending-region.define.js';
import type { TrendingRegion } from '../../src/components/trending-region/trending-region.js';
import { FeedStore } from '../../src/feed/store.js';

/** The test server serves source modules by path: the store's module is /src/theme/theme-store.ts. */
export function storeRequested(): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes('theme-store'));
}

/** Lets the MutationObserver on `<html>` (a microtask) and anything it started run. */
export const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

/**
 * Long enough for a store import started by mistake to show (Resource Timing records a request
 * once its response has finished, and the test server transforms the module first): before
 * asserting that the store was not requested.
 */
export const importTime = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

/** A trending list connected now, not waiting for its feed: its theme is what it decided on connecting. */
export function connectedNow(): TrendingRegion {
  const el = document.createElement('trending-region');
  el.store = new FeedStore();
  el.feed = '/test/fixtures/feed-basic.json';
  document.body.append(el);
  return el;
}

export async function trending(theme?: string): Promise<TrendingRegion> {
  const el = await fixture<TrendingRegion>(
    html`<trending-region .store=${new FeedStore()} feed="/test/fixtures/feed-basic.json"></trending-region>`,
  );
  if (theme) el.setAttribute('theme', theme);
  await waitUntil(() => el.items.length > 0, 'the feed loaded', { timeout: 10_000 });
  return el;
}
