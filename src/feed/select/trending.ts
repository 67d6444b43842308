/** `<trending-region>`'s ranking. */
import type { NewsItem } from '../types.js';
import { type Ranked, limitOf, normalizeName, normalized, ranked, top } from './rank.js';

export interface TrendingOptions {
  /** Region to match (case- and accent-insensitive); absent or blank: all items. */
  region?: string;
  /** Default 5. */
  limit?: number;
  /** Only items published within this many days before `now` (items without a date are left out). */
  sinceDays?: number;
  /** "Now" for `sinceDays`, in ms since the epoch. Default `Date.now()`. */
  now?: number;
}

/** Whether an item belongs to a region (already normalized). */
function inRegion(item: NewsItem, region: string): boolean {
  // An item with a region (JSON Feed `_news.region`; WordPress meta, ACF or a region taxonomy) is
  // matched on it alone; one without is matched against its category names and tags.
  if (item.region !== undefined) return normalizeName(item.region) === region;
  const matches = (name: string) => normalizeName(name) === region;
  return normalized(item.category) === region || !!item.categories?.some(matches) || item.tags.some(matches);
}

/**
 * `<trending-region>`: the region's items by read count (descending, ties newest first). When no
 * candidate has a read count, newest first; otherwise a missing count counts as 0.
 */
export function rankTrending(items: readonly NewsItem[], options: TrendingOptions = {}): NewsItem[] {
  const region = options.region === undefined ? '' : normalizeName(options.region);
  const days = options.sinceDays;
  const since =
    Number.isFinite(days) && days! >= 0 ? (options.now ?? Date.now()) - days! * 86_400_000 : -Infinity;
  const candidates: Ranked[] = [];
  for (const item of items) {
    if (region !== '' && !inRegion(item, region)) continue;
    // Without any read count every score is 0, and the order is newest first.
    const entry = ranked(item, item.views ?? 0);
    if (entry.time >= since) candidates.push(entry);
  }
  return top(candidates, limitOf(options.limit));
}
