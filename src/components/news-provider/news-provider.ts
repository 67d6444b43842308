import { LitElement, html, css, type TemplateResult } from 'lit';
import { ContextProvider, consume, provide } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { feedUrlContext } from '../../context/feed-url.js';
import { localeContext } from '../../context/locale.js';
import { storeContext } from '../../context/store.js';
import { pageStateContext, PageState } from '../../context/page-state.js';
import type { FeedStore } from '../../feed/store.js';
import { defineElement, NEWS_WIDGETS_MARK } from '../shared/define.js';

/**
 * Gives every news widget inside it a feed URL, a locale and the shared page state (the article
 * shown, items already on screen), so a page states its feed once. Providers nest: what an inner
 * provider does not set (a feed, a locale, a store) comes from the next one out.
 *
 * @tagname news-provider
 * @summary Shares feed, locale and store with descendant widgets.
 * @slot - The widgets and any other content; the provider renders nothing of its own.
 */
export class NewsProvider extends LitElement {
  static readonly [NEWS_WIDGETS_MARK] = true;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Registers the element under `tag` (idempotent; see docs on renaming). */
  static define(tag = 'news-provider', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  /** URL of the feed for every widget inside without its own `feed`; else an outer provider's. */
  @property({ reflect: true }) feed?: string;

  /** BCP 47 locale for every widget inside without its own `locale`; else an outer provider's. */
  @property({ reflect: true }) locale?: string;

  /** A feed store for the widgets inside (defaults to an outer provider's, else the page's shared one). */
  @property({ attribute: false }) store?: FeedStore;

  // What an outer provider gives: a nested provider that sets only a locale keeps the outer feed.
  // (A provider does not answer its own requests, so these reach the next provider up.)
  @consume({ context: feedUrlContext, subscribe: true }) @state() private outerFeed?: string;
  @consume({ context: localeContext, subscribe: true }) @state() private outerLocale?: string;
  @consume({ context: storeContext, subscribe: true }) @state() private outerStore?: FeedStore;

  readonly #feed = new ContextProvider(this, { context: feedUrlContext });
  readonly #locale = new ContextProvider(this, { context: localeContext });
  readonly #store = new ContextProvider(this, { context: storeContext });

  /** Shared state of the widgets inside: the article shown, the items already on screen. */
  @provide({ context: pageStateContext })
  @property({ attribute: false })
  readonly pageState: PageState = new PageState();

  override connectedCallback(): void {
    super.connectedCallback(); // asks outer providers, which answer at once
    // Widgets inside connect after this and find the values set, not at the first update.
    this.#provideValues();
  }

  protected override willUpdate(): void {
    this.#provideValues();
  }

  #provideValues(): void {
    this.#feed.setValue(this.feed ?? this.outerFeed);
    this.#locale.setValue(this.locale ?? this.outerLocale);
    this.#store.setValue(this.store ?? this.outerStore);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
