import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { pageStateFor, type PageState } from '../../context/page-state.js';
import { providedContext, type Provided } from '../../context/provided.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { ThemeController } from '../../controllers/theme-controller.js';
import { watchViewport } from '../../controllers/viewport.js';
import { isTransient, type FeedError } from '../../feed/errors.js';
import { getDefaultStore, type FeedStore } from '../../feed/store.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { messagesFor } from '../../i18n/locales.js';
import type { Messages } from '../../i18n/messages.js';
import { elementLocale } from '../../i18n/format.js';
import { diagnose, diagnoseFeedError, type Diagnosis } from './diagnostics.js';
import { withLinkParams } from './link-params.js';
import { NewsElement } from './news-element.js';
import { ProviderWait } from '../../controllers/provider-wait.js';

/** Host children that are not fallback content: nothing a reader sees. */
const INVISIBLE_CHILDREN = new Set(['script', 'template', 'style']);

/**
 * What `<news-article>`, `<related-list>` and `<trending-region>` share: the feed and locale
 * (attributes, else the nearest `<news-provider>`), the loading / ready / empty / error states,
 * the host's fallback children, link attribution and the loading events, which follow `<img>`:
 * `news-loadstart`, then `news-load` or `news-error`, then `news-loadend`. Its controllers do the
 * work: `data` loads the feed, picks the items once per update and fires those events; the provider
 * wait, the theme and the page's shared viewport observer do the rest.
 */
export abstract class NewsWidget extends NewsElement {
  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    feed: { reflect: true },
    locale: { reflect: true },
    linkParams: { attribute: 'link-params' },
    cacheTtl: { attribute: 'cache-ttl', type: Number },
    loading: { reflect: true },
    theme: { reflect: true },
    store: { attribute: false },
  };

  /** URL of the feed; when absent, the nearest `<news-provider>`'s feed. */
  declare feed?: string;

  /** BCP 47 locale for UI strings, dates and numbers: else the provider's, the feed's `language`, `<html lang>`, `en`. */
  declare locale?: string;

  /** Query parameters appended to every article link, e.g. `utm_source=partner&utm_medium=widget`. */
  declare linkParams?: string;

  /** Seconds a loaded feed stays fresh before a later load revalidates it in the background. */
  declare cacheTtl?: number;

  /**
   * `lazy` waits to fetch until the widget is near the viewport (like `<img loading="lazy">`),
   * for widgets far down a page; `eager` (default) fetches at once.
   */
  loading: 'eager' | 'lazy' = 'eager';

  /**
   * Forces this widget's color scheme (`light` or `dark`); without it the widget follows the page
   * theme (a `<dark-mode-toggle>`, the host page's `data-theme`/`color-scheme`).
   */
  declare theme?: 'light' | 'dark';

  /** A feed store to use instead of the page's shared one (tests, custom fetch). */
  declare store?: FeedStore;

  // Asks the nearest `<news-provider>` when connected; its answers request an update.
  readonly #provider = new ContextConsumer(this, { context: providedContext, subscribe: true });

  // A `<news-provider>` around this widget that is not defined yet (its module imported after
  // this one's) cannot answer the request the consumer made on connecting: ask it again once it
  // is defined (reconnecting the consumer asks anew).
  readonly #providerWait = new ProviderWait(
    this,
    () => (this.constructor as typeof NewsWidget).providerWaitMs,
    () => {
      this.#provider.hostDisconnected();
      this.#provider.hostConnected();
    },
  );

  /** What the nearest `<news-provider>` gives (none outside one). */
  protected get provided(): Provided | undefined {
    return this.#provider.value;
  }

  /** The feed URL this widget shows: its own `feed`, else its provider's. */
  protected get feedUrl(): string | undefined {
    return this.feed || this.provided?.feed;
  }

  /**
   * What the widgets around this one show: the provider's page state, else (no provider) the one
   * of every widget on the page with the same feed and store.
   */
  protected get pageState(): PageState | undefined {
    if (this.provided) return this.provided.pageState;
    const url = this.feedUrl;
    return url ? pageStateFor(this.store ?? getDefaultStore(), url) : undefined;
  }

  protected readonly data = new FeedController(this, {
    url: () => this.feedUrl,
    store: () => this.store ?? this.provided?.store ?? getDefaultStore(),
    cacheTtlMs: () => (this.cacheTtl !== undefined && this.cacheTtl >= 0 ? this.cacheTtl * 1000 : undefined),
    // A widget with its own feed does not wait for its provider: it takes the rest when it answers.
    ready: () =>
      (!this.#providerWait.waiting || !!this.feed) && (this.loading !== 'lazy' || this.#nearViewport),
    select: (newsFeed) => this.selectItems(newsFeed),
    onError: (error) => diagnoseFeedError(this, error, this.feedUrl),
  });

  /**
   * How long a widget waits for an undefined `<news-provider>` around it before it says "no feed", in ms.
   * @internal Tests lower it in a subclass.
   */
  static providerWaitMs = 5_000;

  /** Set once a lazy widget came within reach of the viewport; it never goes back. */
  #nearViewport = false;
  #unwatchLazy: (() => void) | undefined;

  protected readonly themeController = new ThemeController(this);

  readonly #onPageStateChange = () => this.requestUpdate();
  #observedPageState: PageState | undefined;

  /** The items this widget shows from a feed, in order. Empty means the empty state. */
  protected abstract selectItems(newsFeed: NewsFeed): NewsItem[];

  /** The content for the items (ready state). */
  protected abstract renderItems(items: NewsItem[], newsFeed: NewsFeed): TemplateResult;

  /** Placeholder with the final layout's size (loading state): a template, or nodes to insert. */
  protected abstract renderSkeleton(): TemplateResult | Node;

  /** The effective UI locale: the first valid tag of attribute, provider, feed, `[lang]`, `en`. */
  get resolvedLocale(): string {
    return elementLocale(this, this.locale, this.provided?.locale, this.data.newsFeed?.language);
  }

  protected get messages(): Messages {
    return messagesFor(this.resolvedLocale);
  }

  /** An article link with this widget's `link-params`. */
  protected articleHref(url: string): string {
    return withLinkParams(url, this.linkParams);
  }

  /** The items currently shown (after a successful load), for subclasses and tests. */
  get items(): NewsItem[] {
    const { status, newsFeed } = this.data;
    return status === 'ready' && newsFeed ? this.selectItems(newsFeed) : [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observeLazy();
    // Moved in the page: sign up with the page state again (disconnecting left it), even when
    // nothing else asks for an update (a widget without a provider, its feed already shown); an
    // article also puts its structured data back.
    if (this.hasUpdated) this.requestUpdate();
  }

  #observeLazy(): void {
    // Not for a detached widget (Lit still runs an update pending when it left): nothing would
    // unwatch it, and the page's shared observer would keep it alive.
    if (!this.isConnected || this.loading !== 'lazy' || this.#nearViewport || this.#unwatchLazy) return;
    // The same margin browsers use for lazy images, roughly: start before the reader gets there.
    this.#unwatchLazy = watchViewport(this, { rootMargin: '600px 0px' }, (entry) => {
      if (!entry.isIntersecting) return;
      this.#nearViewport = true;
      this.#stopLazy();
      this.requestUpdate();
    });
    // Nothing can tell when the widget nears the viewport: fetch at once, as `eager` does.
    if (!this.#unwatchLazy) this.#nearViewport = true;
  }

  #stopLazy(): void {
    this.#unwatchLazy?.();
    this.#unwatchLazy = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopLazy();
    this.#observedPageState?.removeEventListener('change', this.#onPageStateChange);
    this.#observedPageState?.forget(this);
    this.#observedPageState = undefined;
    this.removeAttribute('aria-busy');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('loading')) this.#observeLazy();
    // Lit still runs an update that was pending when the widget left the page: a detached widget
    // must not sign up again (the page state would keep it, and lists would skip what it showed).
    const pageState = this.isConnected ? this.pageState : this.#observedPageState;
    if (pageState !== this.#observedPageState) {
      // Another feed or provider: what this widget showed is no longer on that page state.
      this.#observedPageState?.forget(this);
      this.#observedPageState?.removeEventListener('change', this.#onPageStateChange);
      pageState?.addEventListener('change', this.#onPageStateChange);
      this.#observedPageState = pageState;
    }
  }

  protected override render(): TemplateResult {
    const { status, newsFeed, error } = this.data;
    if (status === 'error') {
      // Retry only where it can help (network, timeout, 5xx, 429): a wrong URL stays wrong.
      return this.renderError(
        this.#errorMessage(error),
        isTransient(error) ? () => this.data.retry() : undefined,
      );
    }
    if (status === 'ready' && newsFeed) {
      const items = this.data.shown;
      if (items.length === 0) return this.renderEmpty();
      return this.renderItems(items, newsFeed);
    }
    // Host fallback children stay visible over bones they hide: the bones keep reserving the
    // content's size, so the page does not jump when the content replaces the fallback. Children
    // the parser adds after the element upgraded (a bundle in <head>) arrive as a slotchange.
    this.#fallbackShown = this.hasFallback;
    return html`<div
      part="skeleton"
      class=${this.#fallbackShown ? 'under-fallback' : ''}
      aria-busy="true"
      aria-label=${this.messages.loading}
      role="status"
    >
      ${this.renderSkeleton()}<slot @slotchange=${this.#onSlotChange}></slot>
    </div>`;
  }

  /**
   * The localized error message: a feed that is not there (404, 410) says so, and a server that
   * fails or is too busy (5xx, 429) is not said to refuse.
   */
  #errorMessage(error: FeedError | undefined): string {
    const { errors, feedNotFound, serverTrouble } = this.messages;
    const status = error?.code === 'http' ? (error.status ?? 0) : 0;
    if (status === 404 || status === 410) return feedNotFound;
    if (status === 429 || status >= 500) return serverTrouble;
    return errors[error?.code ?? 'network'] ?? errors.network;
  }

  /**
   * The error state: a localized message, a retry control where retrying can help, and the host's
   * fallback children.
   */
  protected renderError(message: string, retry?: () => void): TemplateResult {
    return html`<div part="error" role="alert">
        <p>${message}</p>
        ${
          retry
            ? html`<button part="retry" type="button" @click=${retry}>${this.messages.retry}</button>`
            : nothing
        }
      </div>
      <slot></slot>`;
  }

  /** The empty state (the feed is ready, nothing to show). */
  protected renderEmpty(): TemplateResult {
    return html`<div part="empty" role="status">${this.messages.empty}</div>`;
  }

  /**
   * Why this widget shows nothing, for the console: `[cause, message]` (see diagnostics.ts), or
   * `undefined` when `items` is what the page asked for. Subclasses name their own causes.
   */
  protected diagnosis(newsFeed: NewsFeed, items: readonly NewsItem[]): Diagnosis | undefined {
    if (items.length > 0) return undefined;
    const url = this.feedUrl;
    if (newsFeed.items.length === 0)
      return [`no items ${url}`, `the feed ${url} has no items: check that it is the right feed.`];
    return undefined;
  }

  /** Whether the last loading render showed fallback children over the bones. */
  #fallbackShown = false;

  // A slot fires slotchange when first filled too: only a change of fallback is worth an update.
  readonly #onSlotChange = (): void => {
    if (this.hasFallback !== this.#fallbackShown) this.requestUpdate();
  };

  /**
   * Whether the host wrote fallback children that should stay visible over the bones: anything
   * a reader sees, not scripts (an article's JSON-LD too), templates or styles.
   */
  protected get hasFallback(): boolean {
    return Array.from(this.childNodes).some((node) =>
      node.nodeType === Node.ELEMENT_NODE
        ? !INVISIBLE_CHILDREN.has((node as Element).localName)
        : node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { status, newsFeed } = this.data;
    // aria-busy is a true/false attribute: an empty value would mean "false" to assistive technology.
    if (status === 'loading' || status === 'idle') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (status === 'ready' && newsFeed) {
      // The page state and the console follow what is on screen, which changes without a fetch too.
      const items = this.data.shown;
      const found = this.diagnosis(newsFeed, items);
      if (found) diagnose(this, ...found);
      const ids = items.map((item) => item.id);
      if (this.isConnected) this.#observedPageState?.setShown(this, ids);
    }
    this.data.announce();
  }
}
