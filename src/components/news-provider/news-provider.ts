import { html, css, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { PageState } from '../../context/page-state.js';
import { providedContext, type Provided } from '../../context/provided.js';
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

  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    feed: { reflect: true },
    locale: { reflect: true },
    store: { attribute: false },
  };

  /** Registers the element under `tag` (idempotent; see docs on renaming). */
  static define(tag = 'news-provider', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  /** URL of the feed for every widget inside without its own `feed`; else an outer provider's. */
  declare feed?: string;

  /** BCP 47 locale for every widget inside without its own `locale`; else an outer provider's. */
  declare locale?: string;

  /** A feed store for the widgets inside (defaults to an outer provider's, else the page's shared one). */
  declare store?: FeedStore;

  /** Shared state of the widgets inside: the article shown, the items already on screen. */
  readonly pageState: PageState = new PageState();

  readonly #provider = new ContextProvider(this, { context: providedContext });
  /** What the next provider out gives (a provider never answers its own host). */
  #outer: Provided | undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: providedContext,
      subscribe: true,
      callback: (outer) => {
        this.#outer = outer;
        this.#provide();
      },
    });
    // Moved elsewhere, the provider must not keep its old surroundings' values: reconnecting asks again.
    this.addController({ hostDisconnected: () => (this.#outer = undefined) });
  }

  override connectedCallback(): void {
    super.connectedCallback(); // asks outer providers, which answer at once
    // Widgets inside connect after this and find the values set, not at the first update.
    this.#provide();
  }

  protected override willUpdate(): void {
    this.#provide();
  }

  /**
   * Each of feed, locale and store is this provider's own value, else the next provider's out: a
   * nested provider that sets only a locale keeps the outer feed. A new value only when one
   * changed, so the widgets inside update only then.
   */
  #provide(): void {
    const outer = this.#outer;
    const next: Provided = {
      feed: this.feed ?? outer?.feed,
      locale: this.locale ?? outer?.locale,
      store: this.store ?? outer?.store,
      pageState: this.pageState,
    };
    const current = this.#provider.value;
    if (
      current &&
      current.feed === next.feed &&
      current.locale === next.locale &&
      current.store === next.store
    )
      return;
    this.#provider.setValue(next);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
