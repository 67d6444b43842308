/**
 * The part of the theme every widget carries. The theme store (theme-store.ts: the toggle's modes,
 * the system setting, other tabs, `apply-to="document"`) loads only when the page needs it: a
 * toggle imports it, and a widget imports it (once per page) when the page states a theme, on
 * `<html>` or as a stored choice. Until then a widget decides from what the page says, as the
 * store would decide without a toggle (docs/theming.md, "How a widget decides its scheme"): the
 * host's theme on `<html>`, else the stored choice, else nothing. That decision is synchronous, so
 * a stored dark theme is on the widget before its first paint, while the store is still loading.
 *
 * The store announces itself here when it loads (`offerThemeStore`) and when it is created
 * (`themeStoreCreated`): widgets that were deciding alone then subscribe to it, so a toggle added
 * later switches them. While any widget decides alone, one shared MutationObserver on `<html>`'s
 * attributes, a `storage` listener and (until it fires) a `load` listener tell them what changed.
 */
import { lazyModule } from '../lazy-module.js';
import type { ThemeStore } from './theme-store.js';

/** A concrete color scheme. */
export type ColorScheme = 'light' | 'dark';

/** The storage key used when a toggle does not set `storage-key`. */
export const DEFAULT_STORAGE_KEY = 'news-widgets-theme';

export const DARK_QUERY = '(prefers-color-scheme: dark)';

/** `light` or `dark`, else `null`. */
export function asScheme(value: unknown): ColorScheme | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/**
 * `color-scheme` values name one scheme ("dark", "only light") or several ("light dark"). An
 * engine without the property gives `undefined`: no scheme, not an error in the host page.
 */
export function schemeOf(value: string | undefined): ColorScheme | null {
  const words = (value ?? '').toLowerCase().split(/\s+/);
  const dark = words.includes('dark');
  return dark === words.includes('light') ? null : dark ? 'dark' : 'light';
}

/**
 * localStorage can be missing, blocked (a sandboxed iframe or blocked cookies throw on the
 * `localStorage` getter itself), full or replaced by the host: every read is wrapped, and
 * `undefined` means it could not be read.
 */
export function readStorage(key: string): string | null | undefined {
  try {
    return localStorage.getItem(key);
  } catch {
    return undefined;
  }
}

/** The operating system's scheme; light where `matchMedia` is missing (jsdom) or fails. */
export function readSystem(): ColorScheme {
  try {
    return matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

/** The getter of theme-store.ts, once that module has loaded. */
let source: (() => ThemeStore) | undefined;

/** The page's theme store if its module has loaded (it is then created on first use), else `undefined`. */
export function loadedThemeStore(): ThemeStore | undefined {
  return source?.();
}

/** theme-store.ts calls this when it loads: from then on widgets use the store. */
export function offerThemeStore(get: () => ThemeStore): void {
  source = get;
}

/** The widgets deciding alone, told when the page's facts change or the store is created. */
const watchers = new Set<() => void>();

/** theme-store.ts calls this when it creates the page's store: widgets deciding alone subscribe to it. */
export function themeStoreCreated(): void {
  for (const listener of watchers) listener();
}

const themeStoreModule = lazyModule(() => import('./theme-store.js'));

/**
 * Loads the theme store (one request per page) and creates it, which tells the widgets. A failed
 * import is tried again at the next need; the widgets keep what they decided alone.
 */
function loadThemeStore(): void {
  themeStoreModule.load().then(
    ({ getThemeStore }) => void getThemeStore(),
    () => undefined,
  );
}

/** The host's theme on `<html>` and the stored choice, as last read. */
let host: ColorScheme | null = null;
let stored: ColorScheme | null = null;
let computed: string | undefined;

/**
 * `<html>`'s computed `color-scheme`. getComputedStyle forces a style recalc of the page and every
 * widget reads the facts on connect: one answer until the next microtask checkpoint serves all the
 * upgrades of one `customElements.define()`.
 */
export function rootScheme(): string {
  if (computed === undefined) {
    computed = getComputedStyle(document.documentElement).colorScheme ?? '';
    queueMicrotask(() => (computed = undefined));
  }
  return computed;
}

/** Drops the answer of `rootScheme`: the next read asks the page again (something may have changed). */
export function forgetRootScheme(): void {
  computed = undefined;
}

/**
 * Reads what the page says (as the store's `#readHost` and its stored choice), and starts loading
 * the store when it says anything: the store keeps following it live (other tabs, the system
 * setting once a choice exists).
 */
function readFacts(): void {
  // As the store's #readHost reads it, without the store's own writes to leave out (none yet).
  const root = document.documentElement;
  host = asScheme(root.getAttribute('data-theme')) ?? schemeOf(root.style.colorScheme || rootScheme());
  stored = asScheme(readStorage(DEFAULT_STORAGE_KEY));
  if (host || stored) loadThemeStore();
}

/**
 * What a widget shows while the store has not loaded: the host page's own theme on `<html>`, else
 * the stored choice (rules 2 and 3; no toggle is here, or the store would be), else `null` (rule 5).
 */
export function pageTheme(): ColorScheme | null {
  return host ?? stored;
}

/** The mode the store will report: the stored choice, else `system`. */
export function pageMode(): ColorScheme | 'system' {
  return stored ?? 'system';
}

/**
 * The page's scheme when a widget sets none: `color-scheme` on `<html>` ("light dark" follows the
 * system: `system` when the caller knows it, else read now).
 */
export function pageScheme(system?: ColorScheme): ColorScheme {
  const value = rootScheme();
  return schemeOf(value) ?? (/dark/.test(value) ? (system ?? readSystem()) : 'light');
}

const onPageChange = (): void => {
  forgetRootScheme();
  readFacts();
  themeStoreCreated();
};

/** Removes the listeners below; set while anything watches. */
let unwatch: (() => void) | undefined;

/**
 * Calls `listener` when the page's facts may have changed or the store was created, until the
 * returned function is called (again: nothing). Reads the facts now: a stylesheet swapped without
 * touching `<html>` is seen when the next widget connects.
 */
export function watchPageTheme(listener: () => void): () => void {
  if (!watchers.size) {
    const observer = new MutationObserver(onPageChange);
    const stop = new AbortController();
    const signal = stop.signal;
    observer.observe(document.documentElement, { attributes: true });
    addEventListener('storage', onPageChange, { signal });
    if (document.readyState !== 'complete') addEventListener('load', onPageChange, { signal, once: true });
    unwatch = () => {
      observer.disconnect();
      stop.abort();
    };
  }
  watchers.add(listener);
  readFacts();
  return () => {
    if (watchers.delete(listener) && !watchers.size) unwatch!();
  };
}
