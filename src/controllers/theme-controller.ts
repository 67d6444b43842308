import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  asScheme,
  loadedThemeStore,
  pageMode,
  pageScheme,
  pageTheme,
  watchPageTheme,
  type ColorScheme,
} from '../theme/theme-core.js';
import type { ThemeStore } from '../theme/theme-store.js';

export interface ThemeControllerOptions {
  /** Called after the scheme or mode this element shows changed (not on connect). */
  onChange?: (scheme: ColorScheme, store: ThemeStore) => void;
}

/**
 * Keeps an element's color scheme in step with the page's theme (or its own `theme` attribute),
 * live: it sets `data-news-theme="light|dark"` on the host (tokens.ts turns that into
 * `color-scheme`, and every color is a `light-dark()`), or removes it so the element inherits the
 * page's `color-scheme`. Widgets and toggles may connect in any order.
 *
 * The decision is the page's theme store's (`resolvedScheme`, see docs/theming.md) once its module
 * has loaded, which happens only when the page needs it (theme-core.ts). Until then the controller
 * decides from what the page says, as the store would without a toggle, and subscribes to the
 * store as soon as it is created (a toggle connecting later switches this element too).
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
    return (
      asScheme(this.#host.getAttribute('data-news-theme')) ?? loadedThemeStore()?.colorScheme ?? pageScheme()
    );
  }

  hostConnected(): void {
    this.#unsubscribe?.();
    this.#follow();
    this.#shown = this.#showing();
  }

  /** The host's own `theme` attribute may have changed. */
  hostUpdate(): void {
    this.#apply();
  }

  hostDisconnected(): void {
    // Both unsubscribe functions do nothing when called again.
    this.#unsubscribe?.();
  }

  /** Subscribes to the store if it is loaded, else watches the page until it is; then applies. */
  #follow(): void {
    const store = loadedThemeStore();
    this.#unsubscribe = store ? store.subscribe(this.#update) : watchPageTheme(this.#onPage);
    this.#apply();
  }

  /** The page's facts changed, or the store was created: then follow the store from now on. */
  readonly #onPage = (): void => {
    const store = loadedThemeStore();
    if (!store) return this.#apply();
    this.#unsubscribe?.();
    this.#unsubscribe = store.subscribe(this.#update);
    this.#update(store);
  };

  readonly #update = (store: ThemeStore): void => {
    this.#apply();
    const shown = this.#showing();
    if (shown === this.#shown) return;
    this.#shown = shown;
    this.#host.requestUpdate();
    this.#options.onChange?.(this.colorScheme, store);
  };

  /** The scheme and mode shown now. */
  #showing(): string {
    return this.colorScheme + (loadedThemeStore()?.mode ?? pageMode());
  }

  #apply(): void {
    const host = this.#host;
    const store = loadedThemeStore();
    // A widget's own `theme="light|dark"` attribute wins over the page's theme.
    const scheme = asScheme(host.getAttribute('theme')) ?? (store ? store.resolvedScheme : pageTheme());
    if (!scheme) host.removeAttribute('data-news-theme');
    else if (host.getAttribute('data-news-theme') !== scheme) host.setAttribute('data-news-theme', scheme);
  }
}
