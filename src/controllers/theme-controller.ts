import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { asScheme, getThemeStore, type ColorScheme, type ThemeStore } from '../theme/theme-store.js';

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
  /** The scheme and mode last shown, as one string. */
  #shown: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ThemeControllerOptions = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The scheme the host shows now. */
  get colorScheme(): ColorScheme {
    return asScheme(this.#host.getAttribute('data-news-theme')) ?? getThemeStore().colorScheme;
  }

  hostConnected(): void {
    const store = getThemeStore();
    this.#unsubscribe?.();
    this.#unsubscribe = store.subscribe(this.#update);
    this.#apply();
    this.#shown = this.colorScheme + store.mode;
  }

  /** The host's own `theme` attribute may have changed. */
  hostUpdate(): void {
    this.#apply();
  }

  hostDisconnected(): void {
    // The store's unsubscribe functions do nothing when called again.
    this.#unsubscribe?.();
  }

  readonly #update = (store: ThemeStore): void => {
    this.#apply();
    const scheme = this.colorScheme;
    const shown = scheme + store.mode;
    if (shown === this.#shown) return;
    this.#shown = shown;
    this.#host.requestUpdate();
    this.#options.onChange?.(scheme, store);
  };

  #apply(): void {
    const host = this.#host;
    // A widget's own `theme="light|dark"` attribute wins over the page's theme.
    const scheme = asScheme(host.getAttribute('theme')) ?? getThemeStore().resolvedScheme;
    if (!scheme) host.removeAttribute('data-news-theme');
    else if (host.getAttribute('data-news-theme') !== scheme) host.setAttribute('data-news-theme', scheme);
  }
}
