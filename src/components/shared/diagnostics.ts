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
import { normalizeName } from '../../feed/select.js';
import type { NewsItem } from '../../feed/types.js';

type ConsoleDiagnostics = typeof import('./console-diagnostics.js');

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

let loading: Promise<ConsoleDiagnostics> | undefined;

/** Runs `use` with the console diagnostics, loading them once; a failed load is tried again next time. */
function withConsole(use: (diagnostics: ConsoleDiagnostics) => void): void {
  loading ??= import('./console-diagnostics.js');
  loading.then(use, () => {
    loading = undefined;
  });
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

/** Attributes that are no news (checked here, so that a page of widgets with ids loads nothing). */
const COMMON = /^(id|class|style|slot|lang|dir|hidden|title|part|role|tabindex|aria-.*|data-.*)$/;

/** Warns about each attribute of `element` that is not in `known` (its observed attributes). */
export function checkAttributes(element: Element, known: readonly string[]): void {
  const unknown = element.getAttributeNames().some((name) => !known.includes(name) && !COMMON.test(name));
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
