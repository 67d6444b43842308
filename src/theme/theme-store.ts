/**
 * The page's theme: one store per page, shared by every `<dark-mode-toggle>` and every widget.
 *
 * Three modes: `light`, `dark` (an explicit choice, kept in localStorage) and `system` (follows
 * `prefers-color-scheme`, live; nothing stored). The store also knows what the host page says
 * about its own theme (`data-theme` or `color-scheme` on `<html>`) and, when a toggle asks for
 * `apply-to="document"`, writes the theme onto `<html>` itself. docs/theming.md explains how a
 * widget resolves its scheme from these facts (`resolvedScheme`).
 *
 * Live listeners (the `prefers-color-scheme` media query, the `storage` event for other tabs, a
 * MutationObserver on `<html>`) exist only while something is subscribed: the first `subscribe`
 * adds them, the last unsubscribe removes them. Module-level state, no globals on `window`.
 *
 * Widgets do not import this module: theme-core.ts loads it when the page states a theme, and a
 * toggle imports it. When it loads it offers itself to theme-core.ts, and when it creates the
 * page's store it tells the widgets that were waiting for it.
 */
import {
  asScheme,
  DARK_QUERY,
  DEFAULT_STORAGE_KEY,
  forgetRootScheme,
  offerThemeStore,
  pageScheme,
  readStorage,
  readSystem,
  rootScheme,
  schemeOf,
  themeStoreCreated,
  type ColorScheme,
} from './theme-core.js';

export { asScheme, DEFAULT_STORAGE_KEY, type ColorScheme } from './theme-core.js';

/** What the reader chose: a scheme, or to follow the operating system. */
export type ThemeMode = 'light' | 'dark' | 'system';

/** Values for `<meta name="theme-color">` when the store writes the theme onto `<html>`. */
export interface DocumentThemeOptions {
  themeColorLight?: string | undefined;
  themeColorDark?: string | undefined;
}

/** Storage is wrapped as in theme-core.ts: a failed write means the choice lasts for this page view. */
function writeStorage(key: string, value: ColorScheme | null): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Storage blocked or full: the choice still applies to this page view.
  }
}

/** The returned function runs `fn` on its first call only: undo functions may be called again. */
function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      fn();
    }
  };
}

export class ThemeStore extends EventTarget {
  #storageKey: string;
  /** The reader's choice; `null` follows the system. */
  #choice: ColorScheme | null = null;
  /** Whether a choice has been stored or made during this page view (rule 3 in docs/theming.md). */
  #hadChoice = false;
  #system: ColorScheme = 'light';
  #host: ColorScheme | null = null;
  #toggles = 0;
  readonly #appliers: DocumentThemeOptions[] = [];
  /** What we last wrote onto `<html>` (or the pre-paint script did), so it never counts as the host's. */
  #wroteTheme: string | undefined;
  #wroteScheme: string | undefined;
  #subscribers = 0;
  #media: MediaQueryList | undefined;
  #observer: MutationObserver | undefined;

  constructor(storageKey: string = DEFAULT_STORAGE_KEY) {
    super();
    this.#storageKey = storageKey;
    this.#refresh();
    // The pre-paint script wrote the stored choice onto `<html>`: that is ours, not the host's.
    const root = document.documentElement;
    if (this.#choice && root.getAttribute('data-theme') === this.#choice) {
      this.#wroteTheme = this.#choice;
      this.#wroteScheme = root.style.colorScheme;
      this.#host = this.#readHost();
    }
  }

  /** The reader's choice: `light`, `dark` or `system`. */
  get mode(): ThemeMode {
    return this.#choice ?? 'system';
  }

  /** The operating system's scheme (`prefers-color-scheme`). */
  get systemScheme(): ColorScheme {
    return this.#system;
  }

  /** Whether a toggle is on the page or a choice was stored: then widgets theme themselves. */
  get active(): boolean {
    return this.#toggles > 0 || this.#hadChoice;
  }

  /** Whether the live listeners (OS, other tabs, `<html>`) are installed. */
  get live(): boolean {
    return this.#subscribers > 0;
  }

  /** The localStorage key holding the choice. Changing it reads the choice stored under the new key. */
  get storageKey(): string {
    return this.#storageKey;
  }

  set storageKey(key: string) {
    key ||= DEFAULT_STORAGE_KEY;
    if (key === this.#storageKey) return;
    this.#storageKey = key;
    this.#set(asScheme(readStorage(key)));
  }

  /**
   * The scheme a widget should set on itself, or `null` to set nothing and inherit the page's
   * `color-scheme`. In order: a choice made with a toggle on this page; the host page's own
   * `<html>` theme; a stored choice; the system scheme when a toggle is on the page or a choice
   * was made; otherwise nothing.
   */
  get resolvedScheme(): ColorScheme | null {
    const choice = this.#choice;
    return (this.#toggles > 0 && choice) || this.#host || choice || (this.active ? this.#system : null);
  }

  /** What a widget on this page shows: the resolved scheme, else the page's (light unless it says dark). */
  get colorScheme(): ColorScheme {
    return this.resolvedScheme ?? pageScheme(this.#system);
  }

  /** Sets the mode. `light`/`dark` are stored, `system` removes the stored choice. */
  setMode(mode: ThemeMode): void {
    const choice = asScheme(mode);
    if (choice || mode === 'system') this.#set(choice, true);
  }

  /** Flips what the reader sees (from system too: to the opposite of what is showing). */
  toggle(): ColorScheme {
    const next = this.colorScheme === 'dark' ? 'light' : 'dark';
    this.#set(next, true);
    return next;
  }

  /** A toggle announces itself: widgets then theme themselves even in system mode. Returns the undo. */
  registerToggle(): () => void {
    this.#toggles++;
    this.#changed();
    return once(() => {
      this.#toggles--;
      this.#changed();
    });
  }

  /**
   * Writes the theme onto `<html>` (`data-theme`, `color-scheme`, `<meta name="theme-color">`)
   * while the returned function has not been called. The latest registration's theme colors win.
   * The page keeps the theme last written: the undo does not repaint the page.
   */
  applyToDocument(options: DocumentThemeOptions = {}): () => void {
    this.#appliers.push(options);
    this.#changed();
    return once(() => this.#appliers.splice(this.#appliers.indexOf(options), 1));
  }

  /**
   * Calls `listener` after every change, and installs the live listeners while at least one
   * subscriber exists. Returns the unsubscribe function.
   */
  subscribe(listener: (store: ThemeStore) => void): () => void {
    const handler = () => listener(this);
    if (this.#subscribers++ === 0) this.#start();
    this.addEventListener('change', handler);
    return once(() => {
      this.removeEventListener('change', handler);
      if (--this.#subscribers === 0) this.#stop();
    });
  }

  /** Takes a choice (`null`: the system); `persist` writes it to storage. */
  #set(choice: ColorScheme | null, persist?: boolean): void {
    const changed = choice !== this.#choice;
    this.#take(choice);
    if (persist) writeStorage(this.#storageKey, choice);
    if (changed) this.#changed();
  }

  #take(choice: ColorScheme | null): void {
    this.#choice = choice;
    if (choice) this.#hadChoice = true;
  }

  #changed(): void {
    forgetRootScheme();
    this.#writeDocument();
    this.dispatchEvent(new Event('change'));
  }

  /**
   * Reads the facts again: they may have changed while nobody listened (another tab, the OS, the
   * host page). An unreadable storage keeps the in-memory choice.
   */
  #refresh(): void {
    const stored = readStorage(this.#storageKey);
    if (stored !== undefined) this.#take(asScheme(stored));
    this.#system = readSystem();
    // Before the read, not after it: #readHost may read the page's color-scheme, which then serves
    // the next pageScheme() instead of being read twice.
    forgetRootScheme();
    this.#host = this.#readHost();
  }

  #start(): void {
    this.#refresh();
    try {
      (this.#media = matchMedia(DARK_QUERY)).addEventListener('change', this.#onSystemChange);
    } catch {
      this.#media = undefined;
    }
    window.addEventListener('storage', this.#onStorage);
    if (document.readyState !== 'complete')
      window.addEventListener('load', this.#onHostChange, { once: true });
    (this.#observer = new MutationObserver(this.#onHostChange)).observe(document.documentElement, {
      attributes: true,
    });
  }

  #stop(): void {
    this.#media?.removeEventListener('change', this.#onSystemChange);
    window.removeEventListener('storage', this.#onStorage);
    window.removeEventListener('load', this.#onHostChange);
    this.#observer?.disconnect();
  }

  /** Another tab changed the choice (the event fires only in the other tabs; `clear()` has a null key and value). */
  readonly #onStorage = (event: StorageEvent): void => {
    if (event.key !== null && event.key !== this.#storageKey) return;
    try {
      // sessionStorage's events are not ours. No storage here: accept the event as it is.
      const area = localStorage;
      if (event.storageArea && area && event.storageArea !== area) return;
    } catch {
      // The localStorage getter throws when storage is blocked.
    }
    this.#set(asScheme(event.newValue));
  };

  readonly #onSystemChange = (event: MediaQueryListEvent): void => {
    const next = event.matches ? 'dark' : 'light';
    if (next === this.#system) return;
    this.#system = next;
    this.#changed();
  };

  readonly #onHostChange = (): void => {
    const next = this.#readHost();
    if (next === this.#host) return;
    this.#host = next;
    this.#changed();
  };

  /**
   * The host page's own theme on `<html>`: `data-theme="light|dark"`, else an inline or
   * stylesheet `color-scheme` naming one scheme, read afresh. What we wrote ourselves does not count.
   */
  #readHost(): ColorScheme | null {
    const root = document.documentElement;
    const theme = asScheme(root.getAttribute('data-theme'));
    if (theme && theme !== this.#wroteTheme) return theme;
    const inline = root.style.colorScheme;
    if (inline) return inline === this.#wroteScheme ? null : schemeOf(inline);
    forgetRootScheme();
    return schemeOf(rootScheme());
  }

  #writeDocument(): void {
    const options = this.#appliers.at(-1);
    if (!options) return;
    const scheme = this.#choice ?? this.#system;
    const root = document.documentElement;
    this.#wroteTheme = this.#wroteScheme = scheme;
    // Only write what differs: every attribute write is a mutation record for the observers.
    if (root.getAttribute('data-theme') !== scheme) root.setAttribute('data-theme', scheme);
    // CSSOM, not a style attribute in markup: allowed under `style-src 'self'`.
    if (root.style.colorScheme !== scheme) root.style.colorScheme = scheme;
    const color = scheme === 'dark' ? options.themeColorDark : options.themeColorLight;
    // Only an existing, media-less theme-color meta: the host's media-specific pairs stay theirs.
    if (color) {
      for (const meta of document.querySelectorAll<HTMLMetaElement>(
        'head meta[name=theme-color]:not([media])',
      )) {
        if (meta.content !== color) meta.content = color;
      }
    }
    // Our own writes must not look like the host's theme.
    this.#host = this.#readHost();
  }
}

let instance: ThemeStore | undefined;

/** The page's theme store, created on first use. */
export function getThemeStore(): ThemeStore {
  if (!instance) {
    instance = new ThemeStore();
    // Widgets that connected before this module loaded subscribe now.
    themeStoreCreated();
  }
  return instance;
}

/**
 * Forgets the page's store so the next `getThemeStore()` starts from storage again, as a new page
 * would (with `storageKey`, a store reading that key is created at once). For tests; call it only
 * when nothing is subscribed.
 * @internal
 */
export function resetThemeStore(storageKey?: string): void {
  instance = storageKey ? new ThemeStore(storageKey) : undefined;
  if (instance) themeStoreCreated();
}

// From now on a widget that connects subscribes to the store at once (theme-core.ts).
offerThemeStore(getThemeStore);
