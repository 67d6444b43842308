import { fire, type NewsClickDetail, type NewsImpressionDetail } from '../../events.js';
import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ImpressionController } from '../../controllers/impression-controller.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { formatDateTime, formatLongDate, formatNumber } from '../../i18n/format.js';
import { memoized, type Memo } from '../../memo.js';
import { langApart, messagesFor, stringLanguage } from '../../i18n/locales.js';
import { markSmallImages } from './image-fit.js';
import { dateOffset, machineDate, shownTitle } from './item-text.js';
import type { Diagnosis } from './diagnostics.js';
import { NewsWidget } from './news-widget.js';
import { SKELETON_ROWS, skeletonNodes, type SkeletonShape } from './list-skeleton.js';

/** An entry's link; an entry whose URL the policy dropped has a placeholder `<a>` without `href`. */
export const ENTRY_LINK = 'a[part~="link"][href]';

/**
 * Rankings computed once per feed object and options, shared by every list on the page: a list
 * re-renders often (locale, page state, theme), ranking a big feed each time would be waste. A
 * refreshed feed (a new object) is ranked afresh; a feed keeps at most a few option sets.
 */
const rankings: Memo<NewsFeed, readonly NewsItem[]> = new WeakMap();

/**
 * `exclude-shown` is on unless it says "false": an absent or removed attribute means the default,
 * as written without it, and `exclude-shown` alone (what pages wrote when it was opt-in) still works.
 */
function excludeShownFromAttribute(value: string | null): boolean {
  return value?.trim().toLowerCase() !== 'false';
}

/** An entry's date: "14 September 2025 - 08:41", or the day alone for an item the feed gave no time. */
function entryDate(item: NewsItem, published: Date, locale: string): string {
  const offset = dateOffset(item);
  return item.dateOnly
    ? formatLongDate(published, locale, offset)
    : formatDateTime(published, locale, offset);
}

/**
 * `h1`…`h6` for a heading level (other levels: h2). Written out, not with lit/static-html as in
 * `<news-article>`: static templates would add 0.2 KiB gzip to the trending-only bundle.
 */
function headingTag(level: number, id: string, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="heading" id=${id}>${text}</h1>`;
    case 3:
      return html`<h3 part="heading" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${id}>${text}</h5>`;
    case 6:
      return html`<h6 part="heading" id=${id}>${text}</h6>`;
    default:
      return html`<h2 part="heading" id=${id}>${text}</h2>`;
  }
}

/**
 * What `<related-list>` and `<trending-region>` share: a heading, a list of linked entries (title,
 * date and time, optional thumbnail), `limit`, `exclude-shown`, and the attribution events
 * `news-click` and `news-impression`.
 *
 * Lists a reader does not find odd: a list never offers an article a `<news-article>` on the page
 * shows, and by default skips the entries widgets above it show. The rule is document order, not
 * loading order, so which list loads first does not matter: the first list shows its own ranking,
 * each later one what is left, and a list updates when one above it changes.
 *
 * Subclasses rank a feed (`rank`, memoized per feed and `rankingKey`) and may number their
 * entries (`ranked`).
 */
export abstract class ArticleListWidget extends NewsWidget {
  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    excludeShown: { attribute: 'exclude-shown', converter: { fromAttribute: excludeShownFromAttribute } },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    thumbnails: { type: Boolean, reflect: true },
  };

  /** How many articles to show at most (default 5). */
  limit = 5;

  /**
   * Skip articles that widgets earlier in the document already show (under the same provider, or
   * on the same feed without one): on by default; `exclude-shown="false"` lets this list repeat
   * them. An article a `<news-article>` shows is never listed either way.
   */
  excludeShown = true;

  /** Heading text instead of the localized one; an empty value hides the heading (the list keeps it as its name). */
  declare heading?: string;

  /** Level of the heading element, 1 to 6 (default 2). */
  headingLevel = 2;

  /** Show article thumbnails. */
  thumbnails = false;

  /** The skeleton on screen, reused while its shape holds (a new clone would replace it). */
  #skeleton: { key: string; nodes: DocumentFragment; first: ChildNode | null } | undefined;

  protected readonly impressions = new ImpressionController(this, {
    selector: '[part~="item"][data-news-id]',
    key: (element) => (element as HTMLElement).dataset.newsId,
    onImpression: (element, id) =>
      fire<NewsImpressionDetail>(this, 'news-impression', {
        id,
        position: Number((element as HTMLElement).dataset.position),
      }),
  });

  /** The localized heading of this kind of list. */
  protected abstract get defaultHeading(): string;

  /** What the ranking depends on besides the feed (region, article id, ...). */
  protected abstract get rankingKey(): string;

  /** All candidates of a feed in order (the `limit` and `exclude-shown` apply afterwards). */
  protected abstract rank(items: readonly NewsItem[]): NewsItem[];

  /** The effective limit: `limit` when it is a positive number, else 5. */
  protected get effectiveLimit(): number {
    const limit = Math.floor(this.limit);
    return Number.isFinite(limit) && limit > 0 ? limit : 5;
  }

  /** The layout class of the list and of its skeleton. */
  protected get containerClass(): string {
    return 'layout-list';
  }

  /** Whether entries show thumbnails. */
  protected get showsThumbnails(): boolean {
    return this.thumbnails;
  }

  /** The feed's ranking for this list (`rank`), made once per feed and `rankingKey`, shared by every list. */
  protected ranking(newsFeed: NewsFeed): readonly NewsItem[] {
    return memoized(rankings, newsFeed, `${this.localName}|${this.rankingKey}`, 16, () =>
      this.rank(newsFeed.items),
    );
  }

  protected override selectItems(newsFeed: NewsFeed): NewsItem[] {
    const ranked = this.ranking(newsFeed);
    const state = this.pageState;
    const reading = state?.articleIds;
    const earlier = this.excludeShown ? state?.shownBefore(this) : undefined;
    const limit = this.effectiveLimit;
    const items: NewsItem[] = [];
    for (const item of ranked) {
      if (items.length >= limit) break;
      if (!reading?.has(item.id) && !earlier?.has(item.id)) items.push(item);
    }
    return items;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Bones replaced by content: let them go (a page of lists would keep thousands of nodes).
    if (!this.#skeleton?.first?.isConnected) this.#skeleton = undefined;
  }

  /**
   * Delegated from the list: a link activation (pointer, or Enter, which also clicks), and a
   * middle click, which opens the article in a new tab without a click event.
   */
  protected readonly onListClick = (event: MouseEvent): void => {
    if (event.type === 'auxclick' && event.button !== 1) return;
    const link = (event.target as Element | null)?.closest?.(ENTRY_LINK);
    const item = link?.closest<HTMLElement>('[part~="item"]');
    const id = item?.dataset.newsId;
    if (!link || !item || id === undefined) return;
    fire<NewsClickDetail>(this, 'news-click', {
      id,
      position: Number(item.dataset.position),
      url: (link as HTMLAnchorElement).href,
    });
  };

  /**
   * Whether the order means something to the reader (a ranking): the list is an `ol` and each
   * entry shows its rank number.
   */
  protected readonly ranked: boolean = false;

  protected override renderItems(items: NewsItem[], newsFeed: NewsFeed): TemplateResult {
    // The list says its UI language, which the page around it may not speak (titles say theirs).
    return html`<div class="${this.containerClass}" lang=${this.resolvedLocale}>
      <div class="header">${this.renderHeading()}</div>
      ${this.renderBeforeList()} ${this.renderList(items, newsFeed)}
    </div>`;
  }

  protected override diagnosis(newsFeed: NewsFeed, items: readonly NewsItem[]): Diagnosis | undefined {
    if (items.length > 0 || newsFeed.items.length === 0 || this.ranking(newsFeed).length === 0)
      return super.diagnosis(newsFeed, items);
    return [
      'shown',
      'every article it would list is already shown on the page (by a <news-article> or by lists above' +
        ' it, see exclude-shown), so it shows its empty state.',
    ];
  }

  /** The heading stays over the error and empty states: the reader knows what is missing. */
  protected override renderError(message: string, retry?: () => void): TemplateResult {
    return this.#underHeading(super.renderError(message, retry));
  }

  protected override renderEmpty(): TemplateResult {
    return this.#underHeading(super.renderEmpty());
  }

  #underHeading(state: TemplateResult): TemplateResult {
    return html`<div class="${this.containerClass}" lang=${this.resolvedLocale}>
      <div class="header">${this.renderHeading()}</div>
      ${state}
    </div>`;
  }

  /**
   * What a kind of list shows between its heading and its entries (trending: the live controls).
   * It takes no room (the skeleton has no stand-in for it): a control laid over the list's top edge.
   */
  protected renderBeforeList(): TemplateResult | typeof nothing {
    return nothing;
  }

  /** The entries as a list. */
  protected renderList(items: NewsItem[], newsFeed: NewsFeed): TemplateResult {
    const { label, labelledby } = this.listLabel;
    // Titles are in the feed's language: marked where it is not the UI's, so screen readers read
    // them with the right voice (the dates and rank labels around them are in the UI locale).
    // The locale is resolved once per list, not per row.
    const locale = this.resolvedLocale;
    const titleLang = (newsFeed.language ? langApart(newsFeed.language, locale) : undefined) ?? nothing;
    const entries = items.map((item, index) => this.renderEntry(item, index + 1, locale, titleLang));
    return this.ranked
      ? html`<ol
          part="list"
          class="list"
          aria-label=${label ?? nothing}
          aria-labelledby=${labelledby ?? nothing}
          @click=${this.onListClick}
          @auxclick=${this.onListClick}
          @load=${markSmallImages}
        >
          ${entries}
        </ol>`
      : html`<ul
          part="list"
          class="list"
          aria-label=${label ?? nothing}
          aria-labelledby=${labelledby ?? nothing}
          @click=${this.onListClick}
          @auxclick=${this.onListClick}
          @load=${markSmallImages}
        >
          ${entries}
        </ul>`;
  }

  /** The heading, or nothing when `heading` is set to an empty value. */
  protected renderHeading(): TemplateResult | typeof nothing {
    if (this.heading === '') return nothing;
    return headingTag(this.headingLevel, 'heading', this.heading ?? this.defaultHeading);
  }

  /** The list's accessible name: its heading, or the localized name when the heading is hidden. */
  protected get listLabel(): { labelledby?: string; label?: string } {
    return this.heading === '' ? { label: this.defaultHeading } : { labelledby: 'heading' };
  }

  /**
   * One entry, in one template: a nested template is another instance to clone, wire and keep
   * per row, and a page of 100 lists has 500 rows (bench/run.mjs: the JS heap of 100 lists fell
   * by a tenth, twice, with two fewer per row). Hence twin templates, numbered or not, and an
   * empty `<time>` (hidden by the styles) for an item without a date. An item whose URL the
   * policy dropped keeps its title in a placeholder `<a>` without `href`: not a link, not focusable.
   * An untitled item (a photo post) shows the localized "Photo" label, in the UI's language.
   */
  protected renderEntry(
    item: NewsItem,
    position: number,
    locale: string,
    titleLang: string | typeof nothing,
  ): TemplateResult {
    const { id, url, published } = item;
    const href = url ? this.articleHref(url) : nothing;
    const thumbnail = this.showsThumbnails ? this.renderThumbnail(item) : nothing;
    const datetime = published ? machineDate(item, published) : nothing;
    const date = published ? entryDate(item, published, locale) : nothing;
    const shown = shownTitle(item, messagesFor(locale));
    const title = shown.text;
    const lang = shown.label ? (langApart(stringLanguage(locale, 'photo'), locale) ?? nothing) : titleLang;
    if (!this.ranked) {
      return html`<li part="item" class="item" data-news-id=${id} data-position=${position}>
        ${thumbnail}
        <div class="text">
          <a part="link" class="link" href=${href}
            ><span part="title" class="title" dir="auto" lang=${lang}>${title}</span></a
          ><time part="date" class="date" datetime=${datetime}>${date}</time>
        </div>
      </li>`;
    }
    const rank = formatNumber(position, locale);
    return html`<li part="item" class="item" data-news-id=${id} data-position=${position}>
      <span part="rank" class="rank"
        ><span aria-hidden="true">${rank}</span
        ><span class="vh">${messagesFor(locale).rank(rank)}</span></span
      >${thumbnail}
      <div class="text">
        <a part="link" class="link" href=${href}
          ><span part="title" class="title" dir="auto" lang=${lang}>${title}</span></a
        ><time part="date" class="date" datetime=${datetime}>${date}</time>
      </div>
    </li>`;
  }

  /**
   * A decorative thumbnail (the title names the link); its box is reserved before it loads. An item
   * without an image has none: an empty box would say nothing, and the entry's text takes the room.
   */
  protected renderThumbnail(item: NewsItem): TemplateResult | typeof nothing {
    if (!item.image) return nothing;
    return html`<img
      part="thumbnail"
      class="thumb"
      src=${item.image}
      alt=""
      width="160"
      height="90"
      loading="lazy"
      decoding="async"
    />`;
  }

  protected override renderSkeleton(): DocumentFragment {
    const shape: SkeletonShape = {
      ranked: this.ranked,
      // A limit of 12 draws the same ten rows as one of 10.
      rows: Math.min(this.effectiveLimit, SKELETON_ROWS),
      thumbnails: this.showsThumbnails,
      layout: this.containerClass,
      heading: this.heading === '' ? undefined : (this.heading ?? this.defaultHeading),
      locale: this.resolvedLocale,
    };
    const key = JSON.stringify(shape);
    const shown = this.#skeleton;
    // Still on screen with the same shape: the same value, so Lit leaves it alone.
    if (shown && shown.key === key && shown.first?.isConnected) return shown.nodes;
    const nodes = skeletonNodes(key, shape);
    this.#skeleton = { key, nodes, first: nodes.firstChild };
    return nodes;
  }
}
