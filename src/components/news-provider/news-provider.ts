import { LitElement, html, css, type TemplateResult } from 'lit';
import { provide } from '@lit/context';
import { property } from 'lit/decorators.js';
import { feedUrlContext } from '../../context/feed-url.js';
import { localeContext } from '../../context/locale.js';
import { storeContext } from '../../context/store.js';
import { pageStateContext, PageState } from '../../context/page-state.js';
import type { FeedStore } from '../../feed/store.js';
import { defineElement, NEWS_WIDGETS_MARK } from '../shared/define.js';

/**
 * Gives every news widget inside it a feed URL, a locale and the shared page state (the article
 * shown, items already on screen), so a page states its feed once.
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

  /** URL of the feed for every widget inside without its own `feed`. */
  @provide({ context: feedUrlContext })
  @property({ reflect: true })
  feed?: string;

  /** BCP 47 locale for every widget inside without its own `locale`. */
  @provide({ context: localeContext })
  @property({ reflect: true })
  locale?: string;

  /** A feed store for the widgets inside (defaults to the page's shared store). */
  @provide({ context: storeContext })
  @property({ attribute: false })
  store?: FeedStore;

  /** Shared state of the widgets inside: the article shown, the items already on screen. */
  @provide({ context: pageStateContext })
  @property({ attribute: false })
  readonly pageState: PageState = new PageState();

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
