/** `<related-list>`'s ranking. */
import type { NewsItem } from '../types.js';
import { type Ranked, limitOf, normalizeName, normalized, ranked, top } from './rank.js';

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
