/**
 * Which article the page asked for (`article-id`, else `article-url`, else the newest item), and
 * what the console says about that choice: the newest shown because none was made, or a choice
 * that matches nothing in the feed (listing what the feed offers).
 */
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import type { ConsoleDiagnostics, Diagnosis } from '../shared/diagnostics.js';

export interface ArticleChoice {
  readonly articleId?: string | undefined;
  readonly articleUrl?: string | undefined;
}

/** How the page chose the article, or `undefined` when it did not (the newest is shown). */
export function chosenBy({ articleId, articleUrl }: ArticleChoice): 'id' | 'url' | undefined {
  if (articleId != null && String(articleId) !== '') return 'id';
  if (articleUrl != null && articleUrl.trim() !== '') return 'url';
  return undefined;
}

/**
 * `[cause, message]` for the console (see diagnostics.ts) when the choice is the reason for what
 * is shown; `undefined` where the widgets' common diagnosis applies (an empty feed, an error).
 */
export function choiceDiagnosis(
  choice: ArticleChoice,
  newsFeed: NewsFeed,
  items: readonly NewsItem[],
  feedUrl: string | undefined,
): Diagnosis | undefined {
  const chosen = chosenBy(choice);
  const { length } = newsFeed.items;
  if (!chosen && items[0])
    return [
      'newest',
      `no article-id: showing the newest article ("${items[0].id}"). Add article-id="..." to choose one` +
        ` (or article-url="...").`,
    ];
  if (!chosen || items.length > 0 || length === 0) return undefined;
  const offered = ({ few }: ConsoleDiagnostics): string =>
    chosen === 'id'
      ? `its ids: ${few(newsFeed.items.map((item) => item.id))}`
      : `its URLs: ${few(
          newsFeed.items.flatMap((item) => (item.url ? [item.url] : [])),
          3,
        )}`;
  const wanted = chosen === 'id' ? `article-id="${choice.articleId}"` : `article-url="${choice.articleUrl}"`;
  return [
    `${wanted} ${feedUrl}`,
    (diagnostics) =>
      `no article in ${feedUrl} matches ${wanted} (${length} items; ${offered(diagnostics)}). ` +
      `Fix ${wanted.split('=')[0]}, or leave it out to show the newest article.`,
  ];
}
