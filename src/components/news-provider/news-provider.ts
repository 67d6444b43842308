import { html, css, type TemplateResult } from 'lit';
import { ContextConsumer, ContextProvider, provide, type Context } from '@lit/context';
import { property } from 'lit/decorators.js';
import { feedUrlContext } from '../../context/feed-url.js';
import { localeContext } from '../../context/locale.js';
import { storeContext } from '../../context/store.js';
import { pageStateContext, PageState } from '../../context/page-state.js';
import type { FeedStore } from '../../feed/store.js';
import { defineElement } from '../shared/define.js';
import { NewsElement } from '../shared/news-element.js';

/**
 * Gives every news widget inside it a feed URL, a locale and the shared page state (the article
 * shown, items already on screen), so a page states its feed once. Providers nest: what an inner
 * provider does not set (a feed, a locale, a store) comes from the next one out.
 *
 * @tagname news-provider
 * @summary Shares feed, locale and store with descendant widgets.
 * @slot - The widgets and any other content; the provider renders nothing of its own.
 */
export class NewsProvider extends NewsElement {
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

  // Each of feed, locale and store is provided as this provider's own value, else the value of
  // the next provider out: a nested provider that sets only a locale keeps the outer feed.
  readonly #provided = [
    this.#provide(feedUrlContext, () => this.feed),
    this.#provide(localeContext, () => this.locale),
    this.#provide(storeContext, () => this.store),
  ];

  /** Shared state of the widgets inside: the article shown, the items already on screen. */
  @provide({ context: pageStateContext })
  @property({ attribute: false })
  readonly pageState: PageState = new PageState();

  override connectedCallback(): void {
    super.connectedCallback(); // asks outer providers, which answer at once
    // Widgets inside connect after this and find the values set, not at the first update.
    this.#provideAll();
  }

  protected override willUpdate(): void {
    this.#provideAll();
  }

  #provideAll(): void {
    for (const provide of this.#provided) provide();
  }

  /** Provides `own()`, else what an outer provider gives (a provider never answers its own host). */
  #provide<T>(context: Context<unknown, T>, own: () => T): () => void {
    const provider = new ContextProvider(this, { context });
    let outer: T | undefined;
    const provide = (): void => provider.setValue((own() ?? outer) as T);
    new ContextConsumer(this, {
      context,
      subscribe: true,
      callback: (value) => {
        outer = value;
        provide();
      },
    });
    // Moved elsewhere, the provider must not keep its old surroundings' value: reconnecting asks again.
    this.addController({ hostDisconnected: () => (outer = undefined) });
    return provide;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
