// Helpers for the <news-article> specs: stores whose fetch the test controls, shadow-DOM queries,
// event recording, and a sendBeacon interceptor.
import { waitUntil } from '@open-wc/testing';
import '../../src/components/news-article/news-article.define.js';
import '../../src/components/news-provider/news-provider.define.js';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import { FeedStore } from '../../src/feed/store.js';

export { guardPageErrors } from '../feed/helpers.js';

export const DEMO_FEED = '/demo/public/feed.json';
export const BASIC_FEED = '/test/fixtures/feed-basic.json';
export const WP_FEED = '/test/fixtures/wordpress-posts.json';
export const SEED_ID = 'upaya-balikpapan-birokrasi-bersih';

/** A fresh store per test, so no test sees another's cache. Transient failures are not retried. */
export function freshStore(fetchImpl?: typeof fetch): FeedStore {
  return new FeedStore({ retries: 0, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/feed+json' } });
}

/** A store whose every request answers with `feed` (a JSON Feed object built by the test). */
export function storeWith(feed: unknown): FeedStore {
  return freshStore(async () => jsonResponse(feed));
}

/**
 * A store whose requests wait until the test calls `respond(...)`. `requests` counts fetches; each
 * answer serves every request waiting at that moment and the ones after it.
 */
export function controlledStore(): {
  store: FeedStore;
  respond: (response: () => Response) => void;
  requests: () => number;
} {
  let count = 0;
  let answer: (() => Response) | undefined;
  const waiting: Array<(response: Response) => void> = [];
  const store = freshStore(() => {
    count++;
    if (answer) return Promise.resolve(answer());
    return new Promise<Response>((resolve) => waiting.push(resolve));
  });
  return {
    store,
    respond(response) {
      answer = response;
      for (const resolve of waiting.splice(0)) resolve(response());
    },
    requests: () => count,
  };
}

/** A JSON Feed 1.1 with the given items (the contract's shape). */
export function jsonFeed(items: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Test', items, ...extra };
}

/** One item shaped like the seed article, with overrides. */
export function seedItem(
  overrides: Record<string, unknown> = {},
  news: Record<string, unknown> = {},
): unknown {
  return {
    id: 'seed',
    url: 'https://example.com/berita/seed',
    title: 'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel',
    content_html: '<p>BALIKPAPAN- Kota Balikpapan terus berupaya.</p><p>Penutup. (*)</p>',
    image: '/demo/public/images/skyline.svg',
    date_published: '2025-06-30T09:00:00+08:00',
    authors: [{ name: 'Writer' }],
    tags: ['Balikpapan', 'Integritas'],
    ...overrides,
    _news: {
      category: 'Daerah',
      views: 20,
      image_caption: 'Sekretaris Daerah (Sekda) Kota Balikpapan, Muhaimin,',
      image_width: 1200,
      image_height: 675,
      ...news,
    },
  };
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return Array.from(el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`));
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves once the element shows its article with the body rendered. */
export async function ready(el: NewsArticle): Promise<void> {
  await waitUntil(() => part(el, 'article') !== null, 'the article should render', { timeout: 10_000 });
  await el.updateComplete;
}

/**
 * Presses "Perbesar" and waits for the dialog to open. Its code loads on the first press, so the
 * first press opens the dialog a moment later, not within the click (the dialog is not in the
 * shadow root before it).
 */
export async function openEnlargeDialog(el: NewsArticle): Promise<HTMLDialogElement> {
  part(el, 'enlarge')!.click();
  await waitUntil(() => part<HTMLDialogElement>(el, 'dialog')?.open, 'the enlarge dialog should open', {
    timeout: 5000,
  });
  return part<HTMLDialogElement>(el, 'dialog')!;
}

/** Records the widget's loading events in order. */
export function recordEvents(target: EventTarget): Array<{ type: string; detail: unknown }> {
  const events: Array<{ type: string; detail: unknown }> = [];
  for (const type of ['news-loadstart', 'news-load', 'news-error', 'news-loadend']) {
    target.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  }
  return events;
}

export interface BeaconCall {
  url: string;
  data: unknown;
}

/**
 * Replaces `navigator.sendBeacon` for the current test (an own property shadowing the prototype's)
 * and restores it afterwards. Nothing leaves the browser.
 */
export function interceptBeacons(): BeaconCall[] {
  const calls: BeaconCall[] = [];
  beforeEach(() => {
    calls.length = 0;
    Object.defineProperty(navigator, 'sendBeacon', {
      configurable: true,
      writable: true,
      value: (url: string | URL, data?: unknown) => {
        calls.push({ url: String(url), data });
        return true;
      },
    });
  });
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).sendBeacon;
  });
  return calls;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const uniqueKey = () => Math.random().toString(36).slice(2);

/**
 * Shows the widget in `scheme` the way a host page asks for it (`<html data-theme>`, which the
 * theme controller follows by setting `data-news-theme` on the widget), and waits for the color
 * transition to end so contrast checks see the final colors. Pair with `restorePageTheme()`.
 */
export async function pageTheme(el: Element, scheme: 'light' | 'dark'): Promise<void> {
  document.documentElement.setAttribute('data-theme', scheme);
  await waitUntil(
    () => el.getAttribute('data-news-theme') === scheme,
    `the widget should follow the page's ${scheme} theme`,
  );
  await Promise.all(el.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
}

/** Removes the page theme after each test. */
export function restorePageTheme(): void {
  afterEach(() => document.documentElement.removeAttribute('data-theme'));
}
