import type { FeedErrorCode } from '../feed/types.js';

/**
 * Every UI string the widgets show. A locale is a complete `Messages` object, so a missing
 * translation is a compile error, not a blank label. Plurals go through `Intl.PluralRules`
 * (see `plural` in format.ts); numbers arrive already formatted for the locale.
 */
export interface Messages {
  /** Accessible name of a loading skeleton. */
  loading: string;
  /** Shown when a feed has no articles for a widget. */
  empty: string;
  /** The retry control in the error state. */
  retry: string;
  /** Human message per error code. */
  errors: Record<FeedErrorCode, string>;
  /** The error state when the feed's address answers 404 or 410 (the feed is not there). */
  feedNotFound: string;
  /** The error state when the feed's server fails (5xx) or is too busy (429): not a refusal. */
  serverTrouble: string;
  /** The not-found state: the chosen `article-id` or `article-url` is not in the feed. */
  articleNotFound: string;
  /** "Artikel ini telah dibaca 20 kali": `count` is formatted, `category` is the plural category. */
  readCount: (count: string, category: Intl.LDMLPluralRule) => string;
  /** Stands in for the headline of an item that has only an image (a photo post). */
  photo: string;
  /** The link to the item's own page under an article the feed gives only an excerpt of. */
  readFullArticle: string;
  /** The hero image's enlarge action. */
  enlarge: string;
  /** Closes the image dialog. */
  close: string;
  /** Accessible label of the author badge. */
  writer: string;
  /** Accessible label of the tag list. */
  tags: string;
  /** `<related-list>` heading. */
  relatedHeading: string;
  /** `<trending-region>` heading. */
  trendingHeading: string;
  /** The control that reveals articles that arrived during a live refresh. */
  newItems: (count: string, category: Intl.LDMLPluralRule) => string;
  /** Polite announcement when new articles are waiting. */
  newItemsAnnouncement: (count: string, category: Intl.LDMLPluralRule) => string;
  /** The live-refresh control when the same articles changed places (no new ones). */
  rankingChanged: string;
  /** Polite announcement when a changed ranking is waiting. */
  rankingChangedAnnouncement: string;
  /** `<dark-mode-toggle>` label. */
  darkMode: string;
  /** The control that returns the theme to the system setting. */
  followSystem: string;
  /** Shown next to the switch while following the system. */
  followingSystem: string;
  /** Rank label prefix for screen readers, e.g. "Peringkat 1". */
  rank: (position: string) => string;
  /** Joins date and time in list entries ("14 September 2025 - 08:41"). */
  dateTimeSeparator: string;
}
