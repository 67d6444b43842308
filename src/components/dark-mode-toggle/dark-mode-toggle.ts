import { html, nothing, svg, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ThemeController } from '../../controllers/theme-controller.js';
import { messagesFor } from '../../i18n/locales.js';
import { elementLocale } from '../../i18n/format.js';
import { tokens } from '../../theme/tokens.js';
import { asScheme, getThemeStore, type ColorScheme, type ThemeMode } from '../../theme/theme-store.js';
import { defineElement } from '../shared/define.js';
import { NewsElement } from '../shared/news-element.js';
import { fire } from '../../events.js';
import { toggleStyles } from './dark-mode-toggle.styles.js';

/** `colorschemechange` event detail. */
export interface ColorSchemeChangeDetail {
  /** What the reader sees now. */
  colorScheme: ColorScheme;
  /** The page's theme mode: an explicit choice, or following the system. */
  mode: ThemeMode;
  /** Whether the reader caused this change by activating this element's switch or system control. */
  userChoice: boolean;
}

const sun = svg`<circle cx="12" cy="12" r="4.5" fill="currentColor"/><g stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M12 1.5v2.5M12 20v2.5M1.5 12H4M20 12h2.5M4.6 4.6l1.8 1.8M17.6 17.6l1.8 1.8M4.6 19.4l1.8-1.8M17.6 6.4l1.8-1.8"/></g>`;
const moon = svg`<path fill="currentColor" d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1z"/>`;

/**
 * A switch between light and dark for every news widget on the page (and, with
 * `apply-to="document"`, for the page itself), as the "Mode Gelap" switch on the seed page.
 *
 * Three states: light, dark and system (follows `prefers-color-scheme`, live). Activating the
 * switch always flips what the reader sees; the system control returns to following the system.
 * The choice is stored in localStorage, survives reloads and stays in sync across toggles and tabs.
 * Every toggle and widget on a page shares one theme (see `getThemeStore()` and docs/theming.md).
 *
 * The tag `dark-mode-toggle` is also used by an unrelated popular element: when it is taken, this
 * one is not registered under it (a console warning says so); `<news-dark-mode-toggle>` is always
 * registered too, and `DarkModeToggle.define('another-tag')` picks any name.
 *
 * @tagname dark-mode-toggle
 * @summary Light / dark / system switch shared by every widget on the page.
 * @attr {'light' | 'dark'} mode - What the reader sees, reflected; setting it is an explicit choice, stored like a click.
 * @fires colorschemechange - What the reader sees or the mode changed; detail `{ colorScheme, mode, userChoice }`. Bubbles, composed.
 * @csspart base - The wrapper of both controls.
 * @csspart switch - The `<button role="switch">`; `aria-checked="true"` when dark is showing.
 * @csspart track - The switch's track.
 * @csspart thumb - The switch's sliding thumb.
 * @csspart icon - The sun or moon icon inside the thumb.
 * @csspart label - The visible label ("Mode Gelap" / "Dark mode").
 * @csspart system - The control that returns to the system setting ("Ikuti sistem" / "Use system setting").
 * @cssprop --news-toggle-track-color - Track while light is showing (default: `--news-color-control`).
 * @cssprop --news-toggle-track-checked-color - Track while dark is showing (default: `--news-color-link`).
 * @cssprop --news-toggle-thumb-color - The thumb (default: `--news-color-background`).
 * @cssprop --news-toggle-icon-color - The icon in the thumb (default: `--news-color-text`).
 * @cssprop --news-toggle-label-color - The label text (default: `--news-color-text`).
 * @cssprop --news-toggle-system-color - The system control's text (default: `--news-color-link`).
 * @cssprop --news-toggle-background - Behind both controls (default: `--news-color-background`; transparent with `apply-to="document"`).
 * @cssprop --news-toggle-size - Height of the track; the track is 1.8 times as wide (default: `1.5em`).
 * @cssprop --news-toggle-gap - Space between track, label and system control (default: `0.5em`).
 */
export class DarkModeToggle extends NewsElement {
  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    label: {},
    locale: {},
    applyTo: { attribute: 'apply-to', reflect: true },
    storageKey: { attribute: 'storage-key', noAccessor: true },
    themeColorLight: { attribute: 'theme-color-light' },
    themeColorDark: { attribute: 'theme-color-dark' },
  };

  static override styles = [tokens, toggleStyles];

  /** Registers the element under `tag` (idempotent; another library's element under that tag is left alone, with a warning). */
  static define(tag = 'dark-mode-toggle', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'mode'];
  }

  /** Visible label; default the locale's "Mode Gelap" / "Dark mode". */
  declare label?: string;

  /** BCP 47 locale for the labels; else the nearest `lang`, else `en`. */
  declare locale?: string;

  /** `document` also sets `data-theme` and `color-scheme` on `<html>` (and a theme-color meta); absent: only widgets change. */
  declare applyTo?: 'document';

  /**
   * The localStorage key of the choice (default `news-widgets-theme`), shared with the pre-paint
   * script's `data-storage-key`. The page has one theme: give every toggle the same key, or set it on one.
   */
  get storageKey(): string | undefined {
    return this.#storageKey;
  }
  set storageKey(key: string | undefined) {
    const old = this.#storageKey;
    this.#storageKey = key;
    // At once, not at the next update: a mode set in the same task is stored under this key.
    if (key && this.isConnected) getThemeStore().storageKey = key;
    this.requestUpdate('storageKey', old);
  }
  #storageKey?: string;

  /** With `apply-to="document"`: content for an existing `<meta name="theme-color">` while light shows. */
  declare themeColorLight?: string;

  /** With `apply-to="document"`: content for an existing `<meta name="theme-color">` while dark shows. */
  declare themeColorDark?: string;

  readonly #theme = new ThemeController(this, {
    onChange: (colorScheme, { mode }) =>
      fire<ColorSchemeChangeDetail>(this, 'colorschemechange', {
        colorScheme,
        mode,
        userChoice: this.#acting,
      }),
  });
  #unregister: (() => void) | undefined;
  #unapply: (() => void) | undefined;
  /** The theme colors this toggle last registered for `<html>`; empty: not applying. */
  #applied = '';
  /** The reader activated one of our controls: the events it causes say `userChoice`. */
  #acting = false;
  /** Ignore `mode` attribute changes: markup before the upgrade, and our own reflection. */
  #quiet = true;

  /**
   * What the reader sees: `light` or `dark` (reflected to the `mode` attribute). Setting it is an
   * explicit choice, stored like a click; an initial `mode` attribute in markup is ignored, so a
   * stored choice or the system setting decides.
   */
  get mode(): ColorScheme {
    return this.isConnected ? this.#theme.colorScheme : getThemeStore().colorScheme;
  }

  set mode(value: ColorScheme) {
    if (asScheme(value)) getThemeStore().setMode(value);
  }

  /** The page's theme mode: `light`, `dark` or `system`. Setting `system` returns to the system setting. */
  get preference(): ThemeMode {
    return getThemeStore().mode;
  }

  set preference(value: ThemeMode) {
    getThemeStore().setMode(value);
  }

  /** Flips what the reader sees, as activating the switch does (the event's `userChoice` is false). */
  toggle(): void {
    getThemeStore().toggle();
  }

  override connectedCallback(): void {
    const store = getThemeStore();
    if (this.storageKey) store.storageKey = this.storageKey;
    // Announce the toggle before the theme controller connects, so it starts from the final state.
    this.#unregister = store.registerToggle();
    super.connectedCallback();
    this.#syncDocument();
    this.#quiet = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#syncDocument();
    this.#unregister?.();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name !== 'mode') super.attributeChangedCallback(name, old, value);
    else if (!this.#quiet && value !== this.mode) this.mode = value as ColorScheme;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#syncDocument();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const mode = this.mode;
    if (this.getAttribute('mode') !== mode) {
      this.#quiet = true;
      this.setAttribute('mode', mode);
      this.#quiet = false;
    }
  }

  protected override render(): TemplateResult {
    const m = messagesFor(elementLocale(this, this.locale));
    const dark = this.mode === 'dark';
    const following = getThemeStore().mode === 'system';
    return html`<div part="base" class="base">
      <button
        part="switch"
        class="switch"
        type="button"
        role="switch"
        aria-checked=${dark}
        @click=${() => this.#act()}
      >
        <span part="track" class="track">
          <span part="thumb" class="thumb">
            <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              ${dark ? moon : sun}
            </svg>
          </span>
        </span>
        <span part="label" class="label">${this.label || m.darkMode}</span>
      </button>
      <button
        part="system"
        class="system"
        type="button"
        aria-disabled=${following || nothing}
        @click=${() => this.#act(true)}
      >
        ${following ? m.followingSystem : m.followSystem}
      </button>
    </div>`;
  }

  /** The reader activated the switch, or the system control (`system`). */
  #act(system?: boolean): void {
    const store = getThemeStore();
    if (system && store.mode === 'system') return;
    this.#acting = true;
    try {
      if (system) store.setMode('system');
      else store.toggle();
    } finally {
      // A listener that throws must not leave every later change marked as the reader's.
      this.#acting = false;
    }
  }

  /**
   * Keeps this toggle registered as the writer of `<html>`'s theme while it is connected with
   * `apply-to="document"` (re-registered when its theme colors change); unregisters it otherwise.
   */
  #syncDocument(): void {
    const wanted =
      this.isConnected && this.applyTo === 'document'
        ? `${this.themeColorLight ?? ''}|${this.themeColorDark ?? ''}`
        : '';
    if (wanted === this.#applied) return;
    this.#unapply?.();
    this.#applied = wanted;
    if (wanted) {
      this.#unapply = getThemeStore().applyToDocument({
        themeColorLight: this.themeColorLight,
        themeColorDark: this.themeColorDark,
      });
    }
  }
}

/** The toggle's event. It bubbles and is composed: typed on elements, the document and the window. */
interface ColorSchemeEventMap {
  colorschemechange: CustomEvent<ColorSchemeChangeDetail>;
}

declare global {
  interface HTMLElementEventMap extends ColorSchemeEventMap {}
  interface DocumentEventMap extends ColorSchemeEventMap {}
  interface WindowEventMap extends ColorSchemeEventMap {}
}

/**
 * Registers both tags. `dark-mode-toggle` is also GoogleChromeLabs' unrelated element: when a page
 * already has it, ours steps aside with a warning. `news-dark-mode-toggle` is always registered as
 * well, so pages using a CDN bundle (no class to import for renaming) have an unambiguous tag.
 */
export function defineToggleTags(): void {
  DarkModeToggle.define();
  DarkModeToggle.define('news-dark-mode-toggle');
}
