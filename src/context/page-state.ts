import { feedUrlKey } from '../feed/early-requests.js';

/**
 * What widgets under one provider (or, without one, on one page with the same feed: see
 * `pageStateFor`) tell each other: which articles the page shows (so a `<related-list>` without
 * `article-id` relates to it, and no list offers an article the reader is reading) and which items
 * are already on screen (so lists skip what widgets above them show, as home pages do).
 */
export class PageState extends EventTarget {
  #changeQueued = false;
  readonly #articles = new Map<Node, string>();
  readonly #shownBy = new Map<Node, ReadonlySet<string>>();

  /**
   * The article the page shows: that of the first `<news-article>` in document order. One value
   * per page, not the last one written: two articles taking turns would re-render each other
   * forever (each change makes both update, and each update wrote its own id).
   */
  get articleId(): string | undefined {
    let first: Node | undefined;
    for (const owner of this.#articles.keys()) {
      if (!first || owner.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) first = owner;
    }
    return first && this.#articles.get(first);
  }

  /** `articleIds`, made once per change: every list asks on every update. */
  #articleIds: ReadonlySet<string> | undefined;

  /** Every article a `<news-article>` shows, wherever it is on the page: no list offers them. */
  get articleIds(): ReadonlySet<string> {
    return (this.#articleIds ??= new Set(this.#articles.values()));
  }

  /** Records the article a widget shows (`undefined`: none). */
  setArticle(owner: Node, id: string | undefined): void {
    // A change only when this owner's article changed: an article writing its own id again (each
    // of its updates does) must not make every widget update, itself included, forever.
    if (this.#articles.get(owner) === id) return;
    if (id === undefined) this.#articles.delete(owner);
    else this.#articles.set(owner, id);
    this.#changed();
  }

  /** Records the ids a widget shows; a widget's own ids never exclude themselves. */
  setShown(owner: Node, ids: Iterable<string>): void {
    const next = new Set(ids);
    const previous = this.#shownBy.get(owner);
    if (previous && previous.size === next.size && [...next].every((id) => previous.has(id))) return;
    this.#shownBy.set(owner, next);
    this.#changed();
  }

  /** Drops what a widget that left the page recorded. */
  forget(owner: Node): void {
    const shown = this.#shownBy.delete(owner);
    if (this.#articles.delete(owner) || shown) this.#changed();
  }

  /**
   * One 'change' per microtask: widgets report what they show from their `updated()`, and a
   * synchronous event would make them re-render inside their own update cycle.
   */
  #changed(): void {
    this.#articleIds = undefined;
    if (this.#changeQueued) return;
    this.#changeQueued = true;
    queueMicrotask(() => {
      this.#changeQueued = false;
      this.dispatchEvent(new Event('change'));
    });
  }

  /**
   * Ids shown by widgets before `owner` in document order. Only earlier widgets count, so two
   * widgets never exclude each other's items back and forth: the page reads top to bottom.
   */
  shownBefore(owner: Node): Set<string> {
    const ids = new Set<string>();
    for (const [other, shown] of this.#shownBy) {
      if (other !== owner && owner.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING) {
        for (const id of shown) ids.add(id);
      }
    }
    return ids;
  }
}

/**
 * The page state of widgets outside any `<news-provider>`: one per store and feed URL, so an
 * article and a list that each name the same feed still know about each other. Keyed by store
 * too: widgets given their own store (tests, a custom fetch) read their own copy of the feed.
 */
const pageStates = new WeakMap<object, Map<string, PageState>>();

export function pageStateFor(store: object, feed: string): PageState {
  // The store's key for the feed, so widgets that share a request share what they show. Not a
  // feed URL: the widget shows an error; the string still names the feed.
  const url = feedUrlKey(feed) ?? feed;
  let perStore = pageStates.get(store);
  if (!perStore) pageStates.set(store, (perStore = new Map()));
  let state = perStore.get(url);
  if (!state) perStore.set(url, (state = new PageState()));
  return state;
}
