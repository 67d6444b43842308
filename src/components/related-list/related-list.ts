import type { PropertyDeclarations } from 'lit';
import { rankRelated } from '../../feed/select/related.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { tokens } from '../../theme/tokens.js';
import { ArticleListWidget } from '../shared/article-list.js';
import type { Diagnosis } from '../shared/diagnostics.js';
import { articleListStyles } from '../shared/article-list.styles.js';
import { defineElement } from '../shared/define.js';
import { stateStyles } from '../shared/state.styles.js';
import { relatedListStyles } from './related-list.styles.js';

/**
 * "Baca Lainnya" / "Read more": articles related to one article, never the article itself.
 *
 * Order: the article's `_news.related` ids first, in that order; then the items sharing the most
 * with it (3 points per shared tag, 2 for the same category, 2 for the same region), ties newest
 * first; then the newest of the rest. Without an article (no `article-id`, no `<news-article>`
 * under the same provider, or on the same feed without one): the newest articles, as on the
 * seed page.
 *
 * Never an article a `<news-article>` on the page shows (under the same provider, or on the same
 * feed without one); by default not the entries of widgets above it either, so it and a
 * `<trending-region>` do not repeat each other (`exclude-shown="false"` allows those repeats).
 *
 * @tagname related-list
 * @summary A list of related articles with linked titles, dates and optional thumbnails.
 *
 * @fires news-loadstart - Loading started.
 * @fires news-load - Articles are shown; detail `{ items }`.
 * @fires news-error - The feed could not be shown; detail `{ code, message }`.
 * @fires news-loadend - Loading ended, after `news-load` or `news-error`.
 * @fires news-click - An article link was activated; detail `{ id, position, url }` (position from 1, url with link-params).
 * @fires news-impression - An entry was at least half visible for the first time; detail `{ id, position }`.
 *
 * @csspart heading - The heading ("Baca Lainnya").
 * @csspart list - The list of entries (`ul`).
 * @csspart item - One entry (`li`).
 * @csspart link - An entry's link (covers the whole entry); without `href` when the item's URL was dropped.
 * @csspart title - An entry's title text ("Photo" for an article without a title).
 * @csspart date - An entry's date and time (`time`); the date alone when the feed gives no time of day.
 * @csspart thumbnail - An entry's thumbnail (`img`); none for an article without an image, whose text then takes the room.
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The message shown when there is nothing to list.
 * @csspart error - The error message container.
 * @csspart retry - The retry button in the error state.
 *
 * @cssprop --news-list-heading-color - Heading text color (default: the text token).
 * @cssprop --news-list-heading-size - Heading font size (default 1.25em).
 * @cssprop --news-list-heading-accent - The bar before the heading (default: the accent token).
 * @cssprop --news-list-title-color - Entry title color (default: the text token).
 * @cssprop --news-list-title-hover-color - Entry title color on hover (default: the accent token).
 * @cssprop --news-list-title-size - Entry title font size (default 1em).
 * @cssprop --news-list-title-weight - Entry title font weight (default 600).
 * @cssprop --news-list-title-lines - Lines of title shown before it is cut with an ellipsis (default 3).
 * @cssprop --news-list-date-color - Date color (default: the muted text token).
 * @cssprop --news-list-date-size - Date font size (default 0.8125em).
 * @cssprop --news-list-divider - Line between entries (default: the border token).
 * @cssprop --news-list-item-padding - Space above and below an entry (default 0.75em).
 * @cssprop --news-list-thumbnail-width - Thumbnail width in the list layouts (default 6.5em).
 * @cssprop --news-list-thumbnail-ratio - Thumbnail aspect ratio (default 16 / 9).
 * @cssprop --news-list-thumbnail-radius - Thumbnail corner radius (default: half the radius token).
 * @cssprop --news-list-grid-min - Smallest card width in the grid layout (default 12em).
 * @cssprop --news-list-grid-gap - Space between cards in the grid layout (default: the space token).
 *
 * @slot - Fallback content (e.g. a link to the site's index), shown while loading and on error.
 */
export class RelatedList extends ArticleListWidget {
  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    layout: { reflect: true },
  };

  static override styles = [tokens, stateStyles, articleListStyles, relatedListStyles];

  /** Registers the element under `tag` (idempotent; see docs on renaming). */
  static define(tag = 'related-list', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  /**
   * Id of the article the list relates to; absent: the article of the first `<news-article>` under
   * the same provider, or on the same feed without one.
   */
  declare articleId?: string;

  /** `list`: rows with title and date; `compact`: tighter rows; `grid`: cards with thumbnails. */
  layout: 'list' | 'compact' | 'grid' = 'list';

  protected override get defaultHeading(): string {
    return this.messages.relatedHeading;
  }

  /** The article this list relates to. */
  protected get relatedTo(): string | undefined {
    return this.articleId || this.pageState?.articleId || undefined;
  }

  protected override get rankingKey(): string {
    return this.relatedTo ?? '';
  }

  protected override rank(items: readonly NewsItem[]): NewsItem[] {
    return rankRelated(items, { articleId: this.relatedTo, limit: items.length });
  }

  /** An `article-id` the feed does not have: the list falls back to the newest articles. */
  protected override diagnosis(newsFeed: NewsFeed, items: readonly NewsItem[]): Diagnosis | undefined {
    const id = this.articleId;
    const url = this.feedUrl;
    if (!id || newsFeed.items.length === 0 || newsFeed.items.some((item) => item.id === String(id)))
      return super.diagnosis(newsFeed, items);
    return [
      `article-id ${id} ${url}`,
      ({ few }) =>
        `no article in ${url} has article-id "${id}" (its ids: ${few(newsFeed.items.map((item) => item.id))}),` +
        ` so it lists the newest articles. Fix article-id, or leave it out to relate to the page's <news-article>.`,
    ];
  }

  protected get normalizedLayout(): 'list' | 'compact' | 'grid' {
    return this.layout === 'compact' || this.layout === 'grid' ? this.layout : 'list';
  }

  protected override get containerClass(): string {
    return `layout-${this.normalizedLayout}`;
  }

  protected override get showsThumbnails(): boolean {
    return this.thumbnails || this.normalizedLayout === 'grid';
  }
}
