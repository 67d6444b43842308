/**
 * Pure selection and ranking over normalized items, for the widgets (no DOM, no Lit). Each
 * function precomputes its keys once (normalized names, timestamps), so 10,000 items rank in
 * milliseconds: comparators only compare numbers.
 */
import type { NewsItem } from './types.js';

/** Items without a valid date sort as oldest. */
function time(item: NewsItem): number {
  const t = item.published?.getTime();
  return t === undefined || Number.isNaN(t) ? -Infinity : t;
}

/**
 * A name for comparison: case- and accent-insensitive ("Balí" = "bali"), trimmed, inner spaces
 * collapsed. NFD splits accented letters into base + combining marks, which are then dropped.
 */
export function normalizeName(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    key = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim().replace(/\s+/g, ' ');
    // Tag and category names repeat across items and calls: remember a bounded number of them.
    if (memo.size >= 10_000) memo.clear();
    memo.set(name, key);
  }
  return key;
}

const memo = new Map<string, string>();

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

/** A `limit` option: default 5. */
function limitOf(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return 5;
  return Math.max(0, Math.floor(limit));
}

interface Ranked {
  item: NewsItem;
  time: number;
  score: number;
}

/** Newest first; equal dates keep feed order (Array.prototype.sort is stable). */
function byNewest(a: Ranked, b: Ranked): number {
  return a.time === b.time ? 0 : b.time > a.time ? 1 : -1;
}

/** The first `limit` items by score (descending), ties newest first. */
function top(entries: Ranked[], limit: number): NewsItem[] {
  return entries
    .sort((a, b) => b.score - a.score || byNewest(a, b))
    .slice(0, limit)
    .map((entry) => entry.item);
}

const ranked = (item: NewsItem, score: number): Ranked => ({ item, time: time(item), score });

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

export interface RelatedOptions {
  /** The article the list belongs to; never listed itself. */
  articleId?: string | number;
  /** Default 5. */
  limit?: number;
  /** Ids never listed (e.g. articles shown elsewhere on the page). */
  excludeIds?: readonly (string | number)[];
}

/** Points for what an item shares with the article. */
const SCORE = { tag: 3, category: 2, region: 2 } as const;

/**
 * `<related-list>`: the article's `related` ids first (in that order, those in the feed), then
 * items scored by shared tags (3 each), same category (2) and same region (2), ties newest; then
 * the newest of the rest to fill up to `limit`. Without an article: the newest items.
 */
export function rankRelated(items: readonly NewsItem[], options: RelatedOptions = {}): NewsItem[] {
  const taken = new Set((options.excludeIds ?? []).map(String));
  const articleId = options.articleId === undefined ? undefined : String(options.articleId);
  if (articleId !== undefined) taken.add(articleId);
  const article = items.find((item) => item.id === articleId);

  const result: NewsItem[] = [];
  const take = (item: NewsItem | undefined): void => {
    if (item && !taken.has(item.id)) {
      taken.add(item.id);
      result.push(item);
    }
  };
  if (article) {
    const byId = new Map<string, NewsItem>();
    for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);
    for (const id of article.related) take(byId.get(id));
  }

  // Without an article every score is 0, and the order is newest first.
  const tags = new Set(article?.tags.map(normalizeName));
  const category = normalized(article?.category);
  const region = normalized(article?.region);
  const candidates: Ranked[] = [];
  for (const item of items) {
    if (taken.has(item.id)) continue;
    let score = 0;
    for (const tag of item.tags) if (tags.has(normalizeName(tag))) score += SCORE.tag;
    if (category !== undefined && normalized(item.category) === category) score += SCORE.category;
    if (region !== undefined && normalized(item.region) === region) score += SCORE.region;
    candidates.push(ranked(item, score));
  }
  for (const item of top(candidates, Infinity)) take(item);
  return result.slice(0, limitOf(options.limit));
}

function normalized(name: string | undefined): string | undefined {
  return name === undefined ? undefined : normalizeName(name);
}
