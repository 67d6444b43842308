/**
 * The classic script (`dist/cdn/news-widgets.iife.js`): a small loader, not the library. It
 * watches the page for our tags and, the first time one appears:
 *
 * - starts the requests for the `feed` URLs it sees at once, before any element code has arrived
 *   (the store takes them over, see src/feed/early-requests.ts): on a phone the feed's round trips
 *   overlap the code's instead of following them;
 * - imports that element's ES module and the chunks it needs, all in parallel, from the folder the
 *   script was loaded from (`dist/cdn/` is hosted as a whole), and defines the element;
 * - meanwhile loads the date data of the widgets' locale (Intl), which the first render needs.
 *
 * A page pays for what it uses: a page with one `<trending-region>` never downloads the article, its
 * sanitizer or the toggle. Elements added later (a single-page app) are seen by a MutationObserver,
 * which stops once every element is loaded. Nothing is added to `window`; the page's objects are
 * not touched. The module graph (which files each element needs) is written in by the build.
 */
import { ACCEPT, feedUrlKey, type EarlyRequest, type TakeEarlyRequest } from '../feed/early-requests.js';
import { isOurs } from '../components/shared/define.js';

/** What an element's module (src/cdn/<tag>.ts) exports. */
interface ElementModule {
  useEarlyRequests(take: TakeEarlyRequest): void;
  define(): void;
}

declare const __NEWS_WIDGETS_PARTS__: Record<string, readonly string[]> | undefined;

/** Per element module, its file and the chunks it imports (first the element's own file). */
const PARTS: Record<string, readonly string[]> =
  typeof __NEWS_WIDGETS_PARTS__ === 'object' ? __NEWS_WIDGETS_PARTS__ : {};

/** Our tags, providers first (widgets inside one are defined after it), and the module of each. */
const MODULE_OF: Record<string, string> = {
  'news-provider': 'news-provider',
  'news-article': 'news-article',
  'related-list': 'related-list',
  'trending-region': 'trending-region',
  'dark-mode-toggle': 'dark-mode-toggle',
  'news-dark-mode-toggle': 'dark-mode-toggle',
};

/** A request nobody took by then (a widget with a store of its own, say) is stopped. */
const UNTAKEN_MS = 30_000;

// Read while the script runs: `document.currentScript` is null once it has run.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

const early = new Map<string, EarlyRequest>();
const requested = new Set<string>();

/** The store's first load of `url` takes the request started for it, once. */
function take(url: string): EarlyRequest | undefined {
  const request = early.get(url);
  early.delete(url);
  return request;
}

/**
 * Requests a widget's feed now, as the store would (same headers, same credentials, the same URL
 * key), unless the widget waits for the viewport (`loading="lazy"`) or the feed was requested already.
 */
function requestFeed(element: Element): void {
  const url = feedUrlKey(element.getAttribute('feed'));
  if (!url || requested.has(url) || element.getAttribute('loading') === 'lazy') return;
  requested.add(url);
  const controller = new AbortController();
  const response = fetch(url, { signal: controller.signal, headers: { Accept: ACCEPT } });
  // Not taken, or failed: the store asks again and reports; nothing may surface in the page.
  response.catch(() => undefined);
  const request = { response, abort: () => controller.abort() };
  early.set(url, request);
  setTimeout(() => take(url)?.abort(), UNTAKEN_MS);
}

/** The locales whose date data is loaded already (or being loaded). */
const warmed = new Set<string>();

/**
 * Loads the date data of the locale a widget will most likely show (its `locale`, its provider's,
 * the nearest `lang`, else English) while the element code downloads: the first Intl date
 * formatter of a locale costs about 15 ms on a laptop and four times that on a phone, which would
 * otherwise come after the code arrives, before the first date is shown. A task of its own, so a
 * script tag in the middle of a page does not hold up its parsing. The formatter is dropped; the
 * engine keeps the locale's data.
 */
function warmUpDates(element: Element): void {
  const locale =
    element.getAttribute('locale') ||
    element.closest('news-provider[locale]')?.getAttribute('locale') ||
    element.closest('[lang]')?.getAttribute('lang') ||
    'en';
  if (warmed.has(locale) || warmed.size >= 3) return;
  warmed.add(locale);
  setTimeout(() => {
    try {
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(0);
    } catch {
      // Not a locale tag Intl accepts: the widget falls back to another; nothing to warm.
    }
  });
}

/**
 * Settles once `<news-provider>` is defined, when the page has one: widgets inside a provider are
 * defined after it, or they would ask for its feed before it can answer (and report "no feed").
 */
let providerDefined: Promise<unknown> = Promise.resolve();

/** Imports an element's files in parallel (not one round trip per level of imports), then defines it. */
function load(name: string): void {
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

/** The element modules not loaded yet: while any is, the observer keeps looking. */
const pending = new Set(Object.values(MODULE_OF));

/**
 * Our tags no copy of ours has defined: a defined element fetches its feed itself, at once. (A tag
 * another library owns is loaded all the same: our define says how to rename ours.)
 */
const undefinedTags = (): string[] =>
  Object.keys(MODULE_OF).filter((tag) => !isOurs(customElements.get(tag)));

/** Requests the feeds and loads the elements among `tags` in `root` and below, providers first. */
function scan(root: Document | Element, tags: string[]): void {
  const found = root instanceof Element && tags.includes(root.localName) ? [root] : [];
  for (const tag of tags) found.push(...root.querySelectorAll(tag));
  for (const element of found) {
    requestFeed(element);
    if (!/provider|toggle/.test(element.localName)) warmUpDates(element);
    const name = MODULE_OF[element.localName]!;
    if (pending.delete(name)) load(name);
  }
}

// While the parser adds the page, each element is a mutation of its own: one selector test
// each, and a scan only where one of our tags is.
const observer = new MutationObserver((records) => {
  const tags = undefinedTags();
  const selector = tags.join();
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (selector && node instanceof Element && (node.matches(selector) || node.querySelector(selector)))
        scan(node, tags);
    }
  }
  if (pending.size === 0) observer.disconnect();
});
observer.observe(document, { childList: true, subtree: true });
scan(document, undefinedTags());
