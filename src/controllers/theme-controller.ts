import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getThemeStore, type ColorScheme, type ThemeStore } from '../theme/theme-store.js';

export interface ThemeControllerOptions {
  /** Called after the scheme or mode this element shows changed (not on connect). */
  onChange?: (scheme: ColorScheme, store: ThemeStore) => void;
}

/**
 * Keeps an element's color scheme in step with the page's theme (or its own `theme` attribute),
 * live: it sets
 * `data-news-theme="light|dark"` on the host (tokens.ts turns that into `color-scheme`, and every
 * color is a `light-dark()`), or removes it so the element inherits the page's `color-scheme`.
 * The decision is the page's theme store's (`resolvedScheme`, see docs/theming.md), so widgets
 * and toggles may connect in any order: each subscribes on connect and unsubscribes on disconnect.
 */
export class ThemeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ThemeControllerOptions;
  #unsubscribe: (() => void) | undefined;
  #shown: { scheme: ColorScheme; mode: string } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ThemeControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The scheme the host shows now. */
  get colorScheme(): ColorScheme {
    const own = this.#host.getAttribute('data-news-theme');
    return own === 'light' || own === 'dark' ? own : getThemeStore().colorScheme;
  }

  hostConnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = getThemeStore().subscribe(this.#update);
    this.#apply();
    this.#shown = { scheme: this.colorScheme, mode: getThemeStore().mode };
  }

  /** The host's own `theme` attribute may have changed. */
  hostUpdate(): void {
    this.#apply();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  readonly #update = (store: ThemeStore): void => {
    this.#apply();
    const next = { scheme: this.colorScheme, mode: store.mode };
    const previous = this.#shown;
    this.#shown = next;
    if (previous && previous.scheme === next.scheme && previous.mode === next.mode) return;
    this.#host.requestUpdate();
    this.#options.onChange?.(next.scheme, store);
  };

  #apply(): void {
    const host = this.#host;
    // A widget's own `theme="light|dark"` attribute wins over the page's theme.
    const forced = host.getAttribute('theme');
    const scheme = forced === 'light' || forced === 'dark' ? forced : getThemeStore().resolvedScheme;
    if (scheme === null) host.removeAttribute('data-news-theme');
    else if (host.getAttribute('data-news-theme') !== scheme) host.setAttribute('data-news-theme', scheme);
  }
}
