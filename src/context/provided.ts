import { createContext } from '@lit/context';
import type { FeedStore } from '../feed/store.js';
import type { PageState } from './page-state.js';

/**
 * What a `<news-provider>` gives the widgets inside it, as one value: one context request per
 * widget, not one per field. A new object whenever a field changes, so subscribers update.
 */
export interface Provided {
  /** The feed URL: the provider's own, else an outer provider's. */
  readonly feed?: string;
  /** The BCP 47 locale: the provider's own, else an outer provider's. */
  readonly locale?: string;
  /** The feed store: the provider's own, else an outer provider's (none: the page's shared one). */
  readonly store?: FeedStore;
  /** What the widgets under the nearest provider show. */
  readonly pageState: PageState;
}

/**
 * A string key, not a symbol, on purpose: a page that loads both the classic and the module
 * bundle still connects providers and widgets from different copies of the library.
 */
export const providedContext = createContext<Provided | undefined>('news-widgets:provided');
