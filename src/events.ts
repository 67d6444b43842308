import type { FeedErrorCode, NewsItem } from './feed/types.js';

/**
 * Fires one of our events: bubbling and composed, so a listener anywhere above the widget hears
 * it. A module function rather than a method, so the manifest analyzer documents events from
 * each class's `@fires` JSDoc instead of listing this helper's parameter as an event.
 */
export function fire<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}

/** `news-error` event detail. */
export interface NewsErrorDetail {
  code: FeedErrorCode;
  message: string;
}

/** `news-load` event detail: the items the widget shows. */
export interface NewsLoadDetail {
  items: NewsItem[];
}

/** `news-click` event detail: the item, its 1-based position in the list, and the link followed. */
export interface NewsClickDetail {
  id: string;
  position: number;
  url: string;
}

/** `news-impression` event detail: the item and its 1-based position in the list. */
export interface NewsImpressionDetail {
  id: string;
  position: number;
}

/** Our events. They bubble and are composed: typed on elements, the document and the window. */
interface NewsEventMap {
  // Loading, as `<img>` does: start, then load or error, then end.
  'news-loadstart': CustomEvent<undefined>;
  'news-load': CustomEvent<NewsLoadDetail>;
  'news-error': CustomEvent<NewsErrorDetail>;
  'news-loadend': CustomEvent<undefined>;
  // Attribution, from the lists.
  'news-click': CustomEvent<NewsClickDetail>;
  'news-impression': CustomEvent<NewsImpressionDetail>;
}

declare global {
  interface HTMLElementEventMap extends NewsEventMap {}
  interface DocumentEventMap extends NewsEventMap {}
  interface WindowEventMap extends NewsEventMap {}
}
