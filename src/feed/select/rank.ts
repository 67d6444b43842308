/**
 * What every ranking shares: normalized names, timestamps, `limit`, and the order (score, then
 * newest). Each ranking is a file of its own, so a page downloads only the ones its widgets use.
 * Keys are precomputed once per item (normalized names, timestamps), so 10,000 items rank in
 * milliseconds: comparators only compare numbers.
 */
import type { NewsItem } from '../types.js';

/** Items without a valid date sort as oldest. */
export function time(item: NewsItem): number {
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

/** A `limit` option: default 5. */
export function limitOf(limit: number | undefined): number {
  if (limit === undefined || Number.isNaN(limit)) return 5;
  return Math.max(0, Math.floor(limit));
}

export interface Ranked {
  item: NewsItem;
  time: number;
  score: number;
}

/** Newest first; equal dates keep feed order (Array.prototype.sort is stable). */
function byNewest(a: Ranked, b: Ranked): number {
  return a.time === b.time ? 0 : b.time > a.time ? 1 : -1;
}

/** The first `limit` items by score (descending), ties newest first. */
export function top(entries: Ranked[], limit: number): NewsItem[] {
  return entries
    .sort((a, b) => b.score - a.score || byNewest(a, b))
    .slice(0, limit)
    .map((entry) => entry.item);
}

export const ranked = (item: NewsItem, score: number): Ranked => ({ item, time: time(item), score });

/** `normalizeName` of a name that may be absent. */
export function normalized(name: string | undefined): string | undefined {
  return name === undefined ? undefined : normalizeName(name);
}
