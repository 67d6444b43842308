/** `<news-article>`'s choice of item. */
import type { NewsItem } from '../types.js';
import { time } from './rank.js';

/** A URL for comparison: absolute, without fragment, without a trailing slash on the path. */
function normalizeUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim(), globalThis.location?.href);
    parsed.hash = '';
    if (parsed.pathname.length > 1 && parsed.pathname.endsWith('/'))
      parsed.pathname = parsed.pathname.slice(0, -1);
    return parsed.href;
  } catch {
    return undefined;
  }
}

export interface ArticleQuery {
  /** Item id; numbers match stringified ids (WordPress). */
  id?: string | number;
  /** Item URL, compared as absolute URLs (fragment and trailing slash ignored). */
  url?: string;
}

/**
 * The article a `<news-article>` shows: by `id`, else by `url`, else the newest item. An `id` or
 * `url` that matches nothing gives `undefined` (showing a different article would be wrong).
 */
export function selectArticle(items: readonly NewsItem[], query: ArticleQuery = {}): NewsItem | undefined {
  const { id, url } = query;
  if (id !== undefined && String(id) !== '') {
    const wanted = String(id);
    return items.find((item) => item.id === wanted);
  }
  if (url !== undefined && url.trim() !== '') {
    const wanted = normalizeUrl(url);
    if (wanted === undefined) return undefined;
    return items.find((item) => item.url !== undefined && normalizeUrl(item.url) === wanted);
  }
  // The newest in one pass (a render asks for it); equal dates: the first in feed order.
  let newest: NewsItem | undefined;
  let newestTime = -Infinity;
  for (const item of items) {
    const itemTime = time(item);
    if (newest === undefined || itemTime > newestTime) [newest, newestTime] = [item, itemTime];
  }
  return newest;
}
