import { createContext } from '@lit/context';

/**
 * What widgets under one provider tell each other: which article the page shows (so a
 * `<related-list>` without `article-id` relates to it) and which items are already on screen (so
 * widgets with `exclude-shown` skip them, as home pages do).
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

  /** Records the article a widget shows (`undefined`: none). */
  setArticle(owner: Node, id: string | undefined): void {
    const before = this.articleId;
    if (id === undefined) this.#articles.delete(owner);
    else this.#articles.set(owner, id);
    if (this.articleId !== before) this.#changed();
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
    const article = this.articleId;
    const shown = this.#shownBy.delete(owner);
    this.#articles.delete(owner);
    if (shown || this.articleId !== article) this.#changed();
  }

  /**
   * One 'change' per microtask: widgets report what they show from their `updated()`, and a
   * synchronous event would make them re-render inside their own update cycle.
   */
  #changed(): void {
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

export const pageStateContext = createContext<PageState | undefined>('news-widgets:page-state');
