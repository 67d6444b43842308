/**
 * The classic script (`dist/cdn/news-widgets.iife.js`): a small loader, not the library. It
 * watches the page for our tags and, the first time one appears:
 *
 * - starts the requests for the `feed` URLs it sees at once, before any element code has arrived
 *   (the store takes them over, see src/feed/early-requests.ts): on a phone the feed's round trips
 *   overlap the code's instead of following them;
 * - imports that element's ES module and the chunks it needs, all in parallel, from the folder the
 *   script was loaded from (`dist/cdn/` is hosted as a whole), and defines the element.
 *
 * A page pays for what it uses: a page with one `<trending-region>` never downloads the article, its
 * sanitizer or the toggle. Elements added later (a single-page app) are seen by a MutationObserver,
 * which stops once every element is loaded. Nothing is added to `window`; the page's objects are
 * not touched. The module graph (which files each element needs) is written in by the build.
 */
import { ACCEPT, type EarlyRequest } from '../feed/early-requests.js';

/** What an element's module (src/cdn/<tag>.ts) exports. */
interface ElementModule {
  useEarlyRequests(take: (url: string) => EarlyRequest | undefined): void;
  define(): void;
}

declare const __NEWS_WIDGETS_PARTS__: Record<string, readonly string[]> | undefined;

/** Per element module, its file and the chunks it imports (first the element's own file). */
const PARTS: Record<string, readonly string[]> =
  typeof __NEWS_WIDGETS_PARTS__ === 'object' ? __NEWS_WIDGETS_PARTS__ : {};

/** Our tags, and the module that defines each. */
const MODULE_OF: Record<string, string> = {
  'news-provider': 'news-provider',
  'news-article': 'news-article',
  'related-list': 'related-list',
  'trending-region': 'trending-region',
  'dark-mode-toggle': 'dark-mode-toggle',
  'news-dark-mode-toggle': 'dark-mode-toggle',
};
const TAGS = Object.keys(MODULE_OF).join();

// Read while the script runs: `document.currentScript` is null once it has run.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

const loaded = new Set<string>();
const early = new Map<string, EarlyRequest>();
const requested = new Set<string>();

/** The store's first load of `url` takes the request started for it, once. */
function take(url: string): EarlyRequest | undefined {
  const request = early.get(url);
  early.delete(url);
  return request;
}

/**
 * Requests a widget's feed now, as the store would (same headers, same credentials), unless the
 * widget waits for the viewport (`loading="lazy"`) or the feed was requested already.
 */
function requestFeed(element: Element): void {
  const feed = element.getAttribute('feed');
  if (!feed || element.getAttribute('loading') === 'lazy') return;
  let url: string;
  try {
    url = new URL(feed.trim(), location.href).href;
  } catch {
    return; // the widget reports the bad URL itself
  }
  if (requested.has(url) || !/^https?:/.test(url)) return;
  requested.add(url);
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal, headers: { Accept: ACCEPT } });
  // Not taken, or failed: the store asks again and reports; nothing may surface in the page.
  response.catch(() => undefined);
  early.set(url, { response, abort: () => controller.abort() });
}

/**
 * Settles once `<news-provider>` is defined, when the page has one: widgets inside a provider are
 * defined after it, or they would ask for its feed before it can answer (and report "no feed").
 */
let providerDefined: Promise<unknown> = Promise.resolve();

/** Imports an element's files in parallel (not one round trip per level of imports), then defines it. */
function load(name: string): void {
  loaded.add(name);
  const files = PARTS[name] ?? [`elements/${name}.js`];
  const imports = files.map(
    (file) => import(/* @vite-ignore */ new URL(file, base).href) as Promise<unknown>,
  );
  const provider = name === 'news-provider';
  const defined = Promise.all(provider ? imports : [...imports, providerDefined]).then(
    ([element]) => {
      const module = element as ElementModule;
      module.useEarlyRequests(take);
      module.define();
    },
    (error: unknown) => {
      console.warn(
        `[news-widgets] could not load <${name}> from ${new URL(files[0]!, base).href} (${String(error)}): ` +
          'host the whole dist/cdn/ folder beside news-widgets.iife.js; on another origin than the page, ' +
          'that folder must send Access-Control-Allow-Origin (parts load as modules).',
      );
    },
  );
  if (provider) providerDefined = defined;
}

function found(element: Element): void {
  const name = MODULE_OF[element.localName];
  if (!name) return;
  // Defined by another copy (the module bundle from elsewhere): its store would not take our request.
  if (!customElements.get(element.localName)) requestFeed(element);
  if (!loaded.has(name)) load(name);
}

function scan(root: Document | Element): void {
  if (root instanceof Element) found(root);
  for (const element of root.querySelectorAll(TAGS)) found(element);
}

const names = new Set(Object.values(MODULE_OF));
const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) scan(node);
  }
  if (loaded.size === names.size) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });
scan(document);
