import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { LiveRefreshController } from '../../controllers/live-refresh-controller.js';
import { lazyModule } from '../../lazy-module.js';
import { normalizeName } from '../../feed/select/rank.js';
import { rankTrending } from '../../feed/select/trending.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { formatNumber, pluralCategory } from '../../i18n/format.js';
import { tokens } from '../../theme/tokens.js';
import { ArticleListWidget, ENTRY_LINK } from '../shared/article-list.js';
import { articleListStyles } from '../shared/article-list.styles.js';
import { defineElement } from '../shared/define.js';
import type { Diagnosis } from '../shared/diagnostics.js';
import { stateStyles } from '../shared/state.styles.js';
import { trendingRegionStyles } from './trending-region.styles.js';

/** What the reader sees: a ranking and the options it was made for. */
interface ShownRanking {
  key: string;
  items: NewsItem[];
}

const sameOrder = (a: readonly NewsItem[], b: readonly NewsItem[]) =>
  a.length === b.length && a.every((item, i) => item.id === b[i]!.id);

/** The live-refresh timer, loaded the first time a list has a valid `refresh`. */
const liveRefresh = lazyModule(() => import('../../controllers/live-refresh-controller.js'));

/** setTimeout cannot wait longer than 2^31 - 1 ms; a day is a sensible ceiling anyway. */
const MAX_REFRESH_SECONDS = 86_400;

/**
 * "Trending di Daerah": the most read articles of one region, numbered.
 *
 * Items whose region equals `region` (case- and accent-insensitive; WordPress feeds, which have no
 * region field, match category and tag names), ranked by read count, ties newest first; newest
 * first when the feed has no read counts. No `region`: every item. Never the article a
 * `<news-article>` on the page shows; by default not the entries of lists above it either
 * (`exclude-shown="false"` allows those repeats).
 *
 * Live mode (`refresh="60"`): the feed is fetched again every 60 s while the page is visible
 * (paused in background tabs; a refresh that fell due meanwhile runs on return). A refresh never
 * moves the list under the reader: when it brings a different ranking (other articles, or the same
 * articles in another order), the current list stays and a control (`part="new-items"`, "3 artikel
 * baru", or "Peringkat diperbarui" when only the order changed) appears over the list's top edge
 * (no empty space is kept for it, and the entries do not move when it appears), with a polite
 * screen-reader announcement; activating it shows the new ranking. A refresh that
 * changes only texts or read counts of the same articles in the same order updates them in place.
 * A failed refresh keeps the list and is retried at the next tick. Without `refresh`, a newer feed
 * arriving from the page's shared store (another widget refreshed it) is shown directly.
 *
 * @tagname trending-region
 * @summary A numbered list of a region's most read articles, optionally live.
 *
 * @fires news-loadstart - Loading started.
 * @fires news-load - Articles are shown (also after each refresh, with the list shown); detail `{ items }`.
 * @fires news-error - The feed could not be shown; detail `{ code, message }`.
 * @fires news-loadend - Loading ended, after `news-load` or `news-error`.
 * @fires news-click - An article link was activated; detail `{ id, position, url }` (position from 1, url with link-params).
 * @fires news-impression - An entry was at least half visible for the first time; detail `{ id, position }`.
 *
 * @csspart heading - The heading ("Trending di Daerah").
 * @csspart list - The numbered list (`ol`).
 * @csspart item - One entry (`li`).
 * @csspart rank - An entry's big rank number.
 * @csspart link - An entry's link (covers the whole entry); without `href` when the item's URL was dropped.
 * @csspart title - An entry's title text ("Photo" for an article without a title).
 * @csspart date - An entry's date and time (`time`); the date alone when the feed gives no time of day.
 * @csspart thumbnail - An entry's thumbnail, with `thumbnails` (`img`); none for an article without an image.
 * @csspart new-items - The live-refresh control that shows a newer ranking ("3 artikel baru").
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The message shown when the region has no articles.
 * @csspart error - The error message container.
 * @csspart retry - The retry button in the error state.
 *
 * @cssprop --news-trending-rank-color - Rank number color (default: the accent token).
 * @cssprop --news-trending-rank-size - Rank number font size (default 1.75em).
 * @cssprop --news-trending-new-items-background - Background of the new-items control (default: the accent token).
 * @cssprop --news-trending-new-items-color - Text of the new-items control (default: the background token).
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
 * @cssprop --news-list-thumbnail-width - Thumbnail width (default 6.5em).
 * @cssprop --news-list-thumbnail-ratio - Thumbnail aspect ratio (default 16 / 9).
 * @cssprop --news-list-thumbnail-radius - Thumbnail corner radius (default: half the radius token).
 *
 * @slot - Fallback content (e.g. a link to the site's most-read page), shown while loading and on error.
 */
export class TrendingRegion extends ArticleListWidget {
  static override styles = [tokens, stateStyles, articleListStyles, trendingRegionStyles];

  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    region: {},
    sinceDays: { type: Number, attribute: 'since-days' },
    refresh: { type: Number },
  };

  protected override readonly ranked = true;

  /**
   * The shortest accepted `refresh`, in seconds; shorter values are ignored.
   * @internal Tests lower it in a subclass.
   */
  static minRefreshSeconds = 5;

  /** Registers the element under `tag` (idempotent; see docs on renaming). */
  static define(tag = 'trending-region', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  /** Region whose articles are ranked (`_news.region`; WordPress: a category or tag name). Absent: all articles. */
  declare region?: string;

  /** Only count articles published within this many days (default: no time limit). */
  declare sinceDays?: number;

  /** Re-fetch the feed every this many seconds while the page is visible (at least 5; absent or invalid: no refresh). */
  declare refresh?: number;

  /**
   * A newer ranking waiting for the reader (live mode); the new-items control and the polite
   * announcement follow it. Set in `update()`, before the render that shows it.
   */
  #pending: NewsItem[] | undefined;

  #shown: ShownRanking | undefined;
  /** The feed the last reconciliation saw: another one means a refresh (or revalidation) arrived. */
  #lastFeed: NewsFeed | undefined;

  /** The live-refresh timer, once `refresh` asked for one (it then follows `refresh` itself). */
  #live: LiveRefreshController | undefined;

  /** Set while the timer's part loads (or waits to be tried again). */
  #liveLoading = false;

  /** Lists without `refresh` (most) never download the timer. */
  #startLive(): void {
    const interval = this.refreshIntervalMs;
    if (this.#live || this.#liveLoading || interval === undefined) return;
    this.#liveLoading = true;
    liveRefresh.load().then(
      ({ LiveRefreshController }) => {
        // Lit calls hostConnected for a controller added to a connected element.
        this.#live ??= new LiveRefreshController(this, {
          intervalMs: () => this.refreshIntervalMs,
          // Another list on this feed that refreshed within half an interval did it for this one too.
          refresh: () => this.data.refresh((this.refreshIntervalMs ?? 0) / 2),
        });
      },
      // Not loaded (a flaky connection, a deploy that replaced the part): the list keeps what it
      // shows, and tries again an interval later, when the timer would have refreshed it.
      () =>
        setTimeout(() => {
          this.#liveLoading = false;
          if (this.isConnected) this.requestUpdate();
        }, interval),
    );
  }

  /** The live-refresh interval in ms, or `undefined` when `refresh` is absent or invalid. */
  protected get refreshIntervalMs(): number | undefined {
    const seconds = this.refresh;
    const min = (this.constructor as typeof TrendingRegion).minRefreshSeconds;
    if (seconds === undefined || !Number.isFinite(seconds) || seconds < min) return undefined;
    return Math.min(seconds, MAX_REFRESH_SECONDS) * 1000;
  }

  protected override get defaultHeading(): string {
    return this.messages.trendingHeading;
  }

  protected override get rankingKey(): string {
    // With a time window, "now" matters: rank again at most hourly for the same feed.
    const hour = this.#sinceDays === undefined ? '' : Math.floor(Date.now() / 3_600_000);
    return `${this.#rankOptions}|${hour}`;
  }

  get #rankOptions(): string {
    return `${normalizeName(this.region ?? '')}|${this.#sinceDays ?? ''}`;
  }

  get #sinceDays(): number | undefined {
    const days = this.sinceDays;
    return days !== undefined && Number.isFinite(days) && days >= 0 ? days : undefined;
  }

  protected override rank(items: readonly NewsItem[]): NewsItem[] {
    // A removed attribute leaves null, not undefined: both mean every region.
    return rankTrending(items, {
      region: this.region ?? undefined,
      sinceDays: this.#sinceDays,
      limit: items.length,
    });
  }

  /** A `region` the feed does not have, or a `since-days` window with nothing in it. */
  protected override diagnosis(newsFeed: NewsFeed, items: readonly NewsItem[]): Diagnosis | undefined {
    const region = this.region ?? '';
    const url = this.feedUrl;
    // A list with candidates (emptied by the lists above it) is the base class's case; only an
    // empty ranking, which is cached, asks the feed again.
    if (items.length > 0 || newsFeed.items.length === 0 || this.ranking(newsFeed).length > 0)
      return super.diagnosis(newsFeed, items);
    if (normalizeName(region) !== '' && rankTrending(newsFeed.items, { region, limit: 1 }).length === 0)
      return [
        `region ${normalizeName(region)} ${url}`,
        ({ few, regionsOf }) =>
          `no article in ${url} is in region "${region}" (case and accents do not matter); its regions: ` +
          `${few(regionsOf(newsFeed.items), 8)}. Fix region, or leave it out to rank every article.`,
      ];
    return [
      `since-days ${this.#sinceDays} ${url}`,
      `no article${region ? ` in region "${region}"` : ''} of ${url} was published in the last ` +
        `${this.#sinceDays} days: raise since-days, or leave it out.`,
    ];
  }

  /** The list on screen: the shown ranking, which a live refresh does not replace by itself. */
  protected override selectItems(newsFeed: NewsFeed): NewsItem[] {
    return this.#shown && newsFeed === this.#lastFeed ? this.#shown.items : super.selectItems(newsFeed);
  }

  /** Everything except the feed's content that decides the list: changing it replaces the list at once. */
  get #optionsKey(): string {
    return [this.feedUrl, this.#rankOptions, this.effectiveLimit, this.excludeShown].join('\n');
  }

  // Runs after the controllers' hostUpdate (where a cached feed may have just arrived), before render.
  protected override update(changed: PropertyValues): void {
    this.#startLive();
    this.#reconcile();
    super.update(changed);
  }

  #reconcile(): void {
    const newsFeed = this.data.status === 'ready' ? this.data.newsFeed : undefined;
    if (!newsFeed) return;
    const fresh = super.selectItems(newsFeed);
    const key = this.#optionsKey;
    const shown = this.#shown;
    const newFeed = newsFeed !== this.#lastFeed;
    this.#lastFeed = newsFeed;
    // Shown at once: the first list; new options (the page changed them); not live; the same
    // articles in the same order (texts and read counts update in place); or, with nothing
    // waiting, the same feed (exclude-shown saw earlier widgets change, not a refresh).
    if (
      !shown ||
      shown.key !== key ||
      this.refreshIntervalMs === undefined ||
      sameOrder(shown.items, fresh) ||
      (!newFeed && !this.#pending)
    ) {
      this.#shown = { key, items: fresh };
      this.#pending = undefined;
      return;
    }
    // A refresh brought another ranking: keep the list, offer the update.
    if (this.#pending && sameOrder(this.#pending, fresh)) return;
    this.#pending = fresh;
  }

  /** How many articles of `items` are not on screen now. */
  #addedCount(items: readonly NewsItem[]): number {
    const seen = new Set(this.#shown?.items.map((item) => item.id));
    return items.filter((item) => !seen.has(item.id)).length;
  }

  /** The new-items control's label and the polite announcement of the waiting ranking. */
  get #pendingTexts(): { label: string; announcement: string } {
    if (!this.#pending) return { label: '', announcement: '' };
    const m = this.messages;
    const added = this.#addedCount(this.#pending);
    if (added === 0) return { label: m.rankingChanged, announcement: m.rankingChangedAnnouncement };
    const locale = this.resolvedLocale;
    const [count, plural] = [formatNumber(added, locale), pluralCategory(added, locale)];
    return { label: m.newItems(count, plural), announcement: m.newItemsAnnouncement(count, plural) };
  }

  /** Shows the waiting ranking (the reader asked for it) and moves focus to its first link. */
  async #applyPending(): Promise<void> {
    if (!this.#pending) return;
    this.#shown = { key: this.#optionsKey, items: this.#pending };
    this.#pending = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(ENTRY_LINK)?.focus();
  }

  /**
   * The live controls: the new-items button, and its polite announcement. The bar has no height:
   * it anchors the button over the boundary of heading and list, so nothing is reserved for it
   * (and the skeleton needs no stand-in) and nothing moves when it appears. In the DOM between
   * the heading and the list, so it comes there in the tab order.
   */
  protected override renderBeforeList(): TemplateResult | typeof nothing {
    if (this.refreshIntervalMs === undefined) return nothing;
    const { label, announcement } = this.#pendingTexts;
    return html`<div class="live-bar">
        <button
          part="new-items"
          type="button"
          class="new-items"
          ?data-waiting=${this.#pending !== undefined}
          @click=${this.#applyPending}
        >
          <span aria-hidden="true">↑</span> ${label}
        </button>
      </div>
      <div class="vh" aria-live="polite">${announcement}</div>`;
  }
}
