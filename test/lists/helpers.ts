import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { FeedStore } from '../../src/feed/store.js';
import type { ArticleListWidget } from '../../src/components/shared/article-list.js';
import { TrendingRegion } from '../../src/components/trending-region/trending-region.js';

export const RELATED = '/test/fixtures/lists/related.json';
export const TRENDING = '/test/fixtures/lists/trending.json';
export const NO_VIEWS = '/test/fixtures/lists/trending-no-views.json';
export const EMPTY = '/test/fixtures/lists/empty.json';
export const WORDPRESS = '/test/fixtures/wordpress-posts.json';

/** `<trending-region>` that accepts sub-second refresh intervals, so live tests take milliseconds. */
export class FastTrendingRegion extends TrendingRegion {
  static override minRefreshSeconds = 0.01;
}
FastTrendingRegion.define('fast-trending-region');

declare global {
  interface HTMLElementTagNameMap {
    'fast-trending-region': FastTrendingRegion;
  }
}

/** The shadow root's nodes matching a part name. */
export function parts<T extends Element = HTMLElement>(el: Element, part: string): T[] {
  return Array.from(el.shadowRoot!.querySelectorAll<T>(`[part~="${part}"]`));
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

/** The ids of the entries on screen, in order. */
export function shownIds(el: Element): string[] {
  return parts(el, 'item').map((item) => item.dataset.newsId!);
}

export function titles(el: Element): string[] {
  return parts(el, 'title').map((title) => title.textContent!.trim());
}

/**
 * `waitUntil` with room for slow machines: in Firefox, a test page that is not the front tab (two
 * test files run at once) gets timers and rendering throttled, so conditions take seconds there.
 */
export function until(condition: () => unknown, message?: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 15_000, interval: 20 });
}

/** Waits until the widget left its loading state (ready, empty or error), then for its render. */
export async function settled(el: ArticleListWidget): Promise<void> {
  await waitUntil(
    () =>
      !el.hasAttribute('aria-busy') &&
      el.shadowRoot?.querySelector('[part~="list"], [part~="empty"], [part~="error"]'),
    'widget did not settle',
    { timeout: 15_000 },
  );
  await el.updateComplete;
}

export interface CountingFetch {
  fetch: typeof fetch;
  /** How many requests were made. */
  readonly calls: number;
}

/**
 * A `fetch` that answers the n-th request with `answers[n]` (the last one repeats), counting
 * requests. An answer is a feed object (served as JSON), a status number, or 'network' (a
 * network failure).
 */
export function countingFetch(answers: Array<object | number | 'network' | 'never'>): CountingFetch {
  let calls = 0;
  const result = {
    get calls() {
      return calls;
    },
    fetch: (async (_input: RequestInfo | URL, init?: RequestInit) => {
      const answer = answers[Math.min(calls, answers.length - 1)]!;
      calls++;
      if (answer === 'network') throw new TypeError('Failed to fetch');
      if (answer === 'never') {
        return new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
        });
      }
      if (typeof answer === 'number') return new Response('nope', { status: answer });
      return new Response(JSON.stringify(answer), {
        status: 200,
        headers: { 'content-type': 'application/feed+json' },
      });
    }) as typeof fetch,
  };
  return result;
}

/** A store whose requests are answered by `answers` (no retries, so requests are countable). */
export function storeWith(answers: Array<object | number | 'network' | 'never'>): {
  store: FeedStore;
  counter: CountingFetch;
} {
  const counter = countingFetch(answers);
  return { store: new FeedStore({ fetch: counter.fetch, retries: 0 }), counter };
}

/** Reads a fixture as an object, to build variants of it. */
export async function loadJson<T = any>(url: string): Promise<T> {
  const response = await fetch(url);
  return (await response.json()) as T;
}

/** A JSON Feed from item stubs. */
export function jsonFeed(items: object[], language = 'id'): object {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Uji', language, items };
}

/** Pretends the page is hidden or visible (Page Visibility API), and tells listeners. */
export function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Restores the real Page Visibility properties. */
export function resetVisibility(): void {
  delete (document as any).visibilityState;
  delete (document as any).hidden;
}

export { guardPageErrors } from '../feed/helpers.js';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A dark host page for the dark runs (the element also carries data-news-theme="dark" itself).
const pageStyles = document.createElement('style');
pageStyles.textContent =
  '.dark-page { color-scheme: dark; background: #121417; } .light-page { color-scheme: light; } .below-fold { margin-block: 3000px; }';
document.head.append(pageStyles);

/**
 * Renders `template` (one widget, with `data-news-theme=${theme}`) on a light or dark page and
 * returns the widget. The page is the fixture's wrapper (open-wc removes it after the test): a
 * fixture of a plain wrapper element would wait for an animation frame, which a background test
 * tab in Firefox may not get for seconds.
 */
export async function themedFixture<T extends Element>(
  theme: 'light' | 'dark',
  template: TemplateResult,
): Promise<T> {
  const page = document.createElement('div');
  page.className = `${theme}-page`;
  return fixture<T>(template, { parentNode: page });
}

/**
 * Waits for a frame to lay out the list's content. Until one finds the host near the viewport,
 * `content-visibility: auto` skips it: the host stands at its placeholder height (28em), and
 * axe, measuring rows below that box, finds no background behind them and reports dark-theme
 * dates as failing against white (a CI flake on a busy machine).
 */
export async function laidOut(el: ArticleListWidget): Promise<void> {
  const content = el.shadowRoot!.querySelector('[part]')!;
  await until(() => content.checkVisibility({ contentVisibilityAuto: true }), 'list content not laid out');
}

/** Runs axe on a list once its content is laid out (see `laidOut`). */
export async function expectAccessible(el: ArticleListWidget): Promise<void> {
  await laidOut(el);
  await expect(el).to.be.accessible();
}

/**
 * Waits for `condition`. In Firefox a test page in a background tab (two test files run at once)
 * gets no rendering, so IntersectionObserver never reports there: on a hidden page that sees
 * nothing within a few seconds, the test is skipped instead of failed. A visible page must deliver.
 */
export async function untilRendered(
  test: Mocha.Context,
  condition: () => boolean,
  message: string,
): Promise<void> {
  if (document.visibilityState === 'visible') return until(condition, message);
  try {
    await waitUntil(condition, message, { timeout: 8_000, interval: 50 });
  } catch {
    test.skip();
  }
}
