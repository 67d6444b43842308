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

/**
 * Runs `use` with the console diagnostics, loaded once (a failed load is tried again next time);
 * at once when loaded: widgets in a normal state that has a diagnosis ask on every update.
 */
function withConsole(use: (diagnostics: typeof import('./console-diagnostics.js')) => void): void {
  if (quiet) return;
  const loaded = consoleDiagnostics.loaded;
  if (loaded) use(loaded);
  else
    consoleDiagnostics
      .load()
      .then(use)
      .catch(() => undefined);
}

/** The helpers a message may use for lists of values, from the console diagnostics. */
export type ConsoleDiagnostics = Pick<typeof import('./console-diagnostics.js'), 'few' | 'regionsOf'>;

/**
 * A console message: text, or a function that writes it when it is printed, with the console
 * diagnostics' helpers for lists of values (so no page where all is well carries them).
 */
export type Message = string | ((diagnostics: ConsoleDiagnostics) => string);

/** Why a widget shows what it shows: `[cause, message]` (see `diagnose`). */
export type Diagnosis = [cause: string, message: Message];

/**
 * Prints `[news-widgets] <tag attrs>: message` once for this element and `cause` (a string that
 * names the cause and the values it depends on, e.g. `http 404 /feed.json`).
 */
export function diagnose(element: Element, cause: string, message: Message): void {
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
