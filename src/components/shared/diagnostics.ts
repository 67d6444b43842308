/**
 * Console diagnostics for page authors: why a widget shows an error, an empty or a not-found
 * state, and which attributes it does not know (console-diagnostics.ts says it). That code loads
 * the first time something is wrong: a page where all is well never downloads it. So a warning
 * comes a moment after the state it explains, never once per render.
 *
 * Silenced by `<meta name="news-widgets" content="quiet">` in the page (read each time a warning
 * is about to be printed, so a page may add it late) or by `quietDiagnostics()`.
 */
import type { FeedError } from '../../feed/errors.js';
import { normalizeName } from '../../feed/select/rank.js';
import type { NewsItem } from '../../feed/types.js';

import { lazyModule } from '../../lazy-module.js';

let quiet = false;

/**
 * Turns the library's console diagnostics off (`quietDiagnostics()`) or back on
 * (`quietDiagnostics(false)`) for the whole page. Security warnings (`NW-*`) are not affected.
 */
export function quietDiagnostics(silent = true): void {
  quiet = silent;
}

/** @internal What `quietDiagnostics` last set. */
export const isQuiet = (): boolean => quiet;

const consoleDiagnostics = lazyModule(() => import('./console-diagnostics.js'));

/** Runs `use` with the console diagnostics, loaded once (a failed load is tried again next time). */
function withConsole(use: (diagnostics: typeof import('./console-diagnostics.js')) => void): void {
  if (!quiet)
    consoleDiagnostics
      .load()
      .then(use)
      .catch(() => undefined);
}

/**
 * Prints `[news-widgets] <tag attrs>: message` once for this element and `cause` (a string that
 * names the cause and the values it depends on, e.g. `http 404 /feed.json`).
 */
export function diagnose(element: Element, cause: string, message: string): void {
  withConsole((diagnostics) => diagnostics.diagnose(element, cause, message));
}

/** Says what is wrong with the feed that failed, and how to fix it (nothing for an abort). */
export function diagnoseFeedError(element: Element, error: FeedError, url: string | undefined): void {
  if (error.code === 'aborted') return;
  withConsole(({ diagnose, feedErrorAdvice }) => {
    const advice = feedErrorAdvice(error, url);
    if (advice) diagnose(element, `${error.code} ${error.status ?? ''} ${url}`, advice);
  });
}

/**
 * Attribute names that are the page's or a framework's business, told cheaply: the common global
 * attributes, `aria-*`, `data-*` (Vue's scoped `data-v-*` too), event handlers, namespaced names,
 * Angular (`_ng*`, `ng-*`), Alpine (`x-*`, `@click`), Vue in-DOM templates (`v-*`, `#slot`), htmx
 * (`hx-*`) and binding syntaxes (`.prop`, `*if`, `[prop]`, `(event)`). console-diagnostics.ts
 * adds the rarer global attributes before it warns.
 */
export const FOREIGN =
  /^(?:(?:id|class|style|slot|lang|dir|hidden|title|tabindex|role|part)$|aria-|data-|on|_ng|ng-|x-|v-|hx-|[@#.*[(])|:/;

/** Warns about each attribute of `element` that is not in `known` (its observed attributes). */
export function checkAttributes(element: Element, known: readonly string[]): void {
  // Checked here, so a page whose widgets carry ids, classes or framework bindings loads nothing.
  const unknown = element.getAttributeNames().some((name) => !known.includes(name) && !FOREIGN.test(name));
  if (unknown) withConsole((diagnostics) => diagnostics.checkAttributes(element, known));
}

/** `"a", "b", "c" and 7 more`: a few values of a list, quoted. */
export function few(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((value) => JSON.stringify(value));
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}

/**
 * The regions a feed offers, most frequent first: an item's region (`_news.region`), else its
 * category names and tags, which is what `<trending-region>` matches (see `rankTrending`).
 */
export function regionsOf(items: readonly NewsItem[]): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const item of items) {
    const names =
      item.region !== undefined
        ? [item.region]
        : [item.category, ...(item.categories ?? []), ...item.tags].filter((name) => name !== undefined);
    for (const name of new Set(names)) {
      const key = normalizeName(name);
      if (key === '') continue;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { name, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((entry) => entry.name);
}
