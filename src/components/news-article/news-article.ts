import { fire } from '../shared/events.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { ViewBeaconController } from '../../controllers/view-beacon-controller.js';
import { selectArticle } from '../../feed/select.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { safeUrl } from '../../feed/url-policy.js';
import { formatNumber, formatShortDate, isoDate, pluralCategory } from '../../i18n/format.js';
import { langApart, stringLanguage } from '../../i18n/locales.js';
import type { Messages } from '../../i18n/messages.js';
import { tokens } from '../../theme/tokens.js';
import { defineElement } from '../shared/define.js';
import { diagnose, few } from '../shared/diagnostics.js';
import { markSmallImage } from '../shared/image-fit.js';
import { dateOffset, machineDate, shownTitle, type ShownTitle } from '../shared/item-text.js';
import { NewsWidget, type NewsErrorDetail, type NewsLoadDetail } from '../shared/news-widget.js';
import { stateStyles } from '../shared/state.styles.js';
import { renderAttachments } from './attachments.js';
import { enlargeDialogStyles } from './enlarge-dialog.styles.js';
import { articleStyles } from './news-article.styles.js';
import { proseStyles } from './prose.styles.js';

/** The `lang` to mark one UI string with, or `undefined` where it is the language around it. */
type UiLanguage = (key: keyof Messages) => string | undefined;
/** The sanitizer seam, loaded on demand: it carries DOMPurify, which only an article body needs. */
export type SanitizeModule = typeof import('../../sanitize/index.js');

let sanitizerModule: SanitizeModule | undefined;
let sanitizerImport: Promise<SanitizeModule> | undefined;

/**
 * One import for the whole page, shared by every `<news-article>` (the promise is cached; a failed
 * import is forgotten so a retry can try again). In the ES module CDN build this is a separate
 * chunk, so pages without an article body never download DOMPurify.
 */
function importSanitizer(): Promise<SanitizeModule> {
  sanitizerImport ??= import('../../sanitize/index.js').then(
    (module) => (sanitizerModule = module),
    (error: unknown) => {
      sanitizerImport = undefined;
      throw error;
    },
  );
  return sanitizerImport;
}

/** Real heading elements, chosen from this fixed list only (never from input). */
const HEADINGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/**
 * Lines of the body skeleton: a typical regional article (the seed page's runs to about forty
 * lines at the body's 70ch measure). Reserving that much means the content below the article
 * moves little when the real body arrives, whether it is somewhat shorter or longer.
 */
const BODY_BONES = 40;

/** The body's skeleton lines, one list for every render (a template result can be rendered again). */
const bodyBones = Array.from({ length: BODY_BONES }, () => html`<span class="bone bone-line"></span>`);

const badgeIcon = svg`<path fill="currentColor" fill-rule="evenodd" clip-rule="evenodd" d="M8.603 3.799A4.49 4.49 0 0 1 12 2.25c1.357 0 2.573.6 3.397 1.549a4.49 4.49 0 0 1 3.498 1.307 4.491 4.491 0 0 1 1.307 3.497A4.49 4.49 0 0 1 21.75 12a4.49 4.49 0 0 1-1.549 3.397 4.491 4.491 0 0 1-1.307 3.497 4.491 4.491 0 0 1-3.497 1.307A4.49 4.49 0 0 1 12 21.75a4.49 4.49 0 0 1-3.397-1.549 4.49 4.49 0 0 1-3.498-1.306 4.491 4.491 0 0 1-1.307-3.498A4.49 4.49 0 0 1 2.25 12c0-1.357.6-2.573 1.549-3.397a4.49 4.49 0 0 1 1.307-3.497 4.49 4.49 0 0 1 3.497-1.307Zm7.007 6.387a.75.75 0 1 0-1.22-.872l-3.236 4.53L9.53 12.22a.75.75 0 0 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.094l3.75-5.25Z"/>`;
const expandIcon = svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`;
const closeIcon = svg`<path fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" d="M6 6l12 12M18 6L6 18"/>`;

/** `embed-hosts`: a comma- or space-separated host list. */
function parseHosts(value: string | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter((host) => host !== '') : [];
}

function validDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

/**
 * schema.org `NewsArticle` for the article shown, as search engines read it
 * (https://developers.google.com/search/docs/appearance/structured-data/article). `title` is
 * the headline the reader sees (the "Photo" label for an untitled item).
 */
function newsArticleJsonLd(item: NewsItem, title: string): Record<string, unknown> {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
  };
  const url = safeUrl(item.url, 'media');
  if (url) {
    data.url = url;
    data.mainEntityOfPage = url;
  }
  const image = safeUrl(item.image, 'media');
  if (image) data.image = [image];
  // As <time> writes them: a date-only item dated by its day ("2025-06-30", an ISO 8601 date
  // schema.org accepts), a zoneless one without a zone.
  const published = validDate(item.published) ? machineDate(item, item.published) : undefined;
  const modified = validDate(item.modified) ? isoDate(item.modified) : published;
  if (published) data.datePublished = published;
  if (modified) data.dateModified = modified;
  if (item.authors.length > 0) {
    data.author = item.authors.map((author) => {
      const person: Record<string, string> = { '@type': 'Person', name: author.name };
      const authorUrl = safeUrl(author.url, 'link');
      if (authorUrl) person.url = authorUrl;
      return person;
    });
  }
  if (item.category) data.articleSection = item.category;
  if (item.tags.length > 0) data.keywords = [...item.tags];
  if (item.summary) data.description = item.summary;
  return data;
}

/**
 * One news article from a feed, laid out as on a regional news page: category and date, headline,
 * author with a writer badge, hero image with its caption and an enlarge dialog, the sanitized
 * body, tags and the read count.
 *
 * The article is chosen by `article-id`, else `article-url`, else the newest item. The body is
 * sanitized by the library's DOMPurify profile, which is loaded on demand the first time a body is
 * shown (the header and the hero render meanwhile, the body area holds skeleton lines).
 *
 * With `view-endpoint`, one read is counted per article per page view, once the article has been
 * at least half visible for a second: a `navigator.sendBeacon` POST whose body is the JSON
 * `{"id":"..."}` sent as `text/plain;charset=UTF-8` (a CORS-safelisted type, so no preflight);
 * parse the body as JSON on the server. Without `view-endpoint` nothing is ever sent.
 *
 * With `structured-data`, a schema.org `NewsArticle` JSON-LD `<script>` describing the article is
 * kept as a child of the element (light DOM, where search engines look), replaced when the article
 * changes and removed when the element leaves the page.
 *
 * @tagname news-article
 * @summary A full news article from a JSON Feed or WordPress feed.
 *
 * @fires news-loadstart - Loading started (like `<img>`'s `loadstart`).
 * @fires news-load - The article is shown; `detail.items` is `[article]` (an empty list shows the empty or not-found state).
 * @fires news-error - The feed or the sanitizer could not be loaded; `detail` is `{ code, message }`.
 * @fires news-loadend - Loading ended, after `news-load` or `news-error`.
 *
 * @slot - Fallback content shown until the article loads, on error, and when the chosen article is not found.
 *
 * @csspart article - The `<article>` element holding everything below.
 * @csspart category - The category label in the meta line.
 * @csspart date - The published date (`<time>`) in the meta line.
 * @csspart headline - The headline (`<h1>` by default, see `heading-level`); "Photo" for an item without a title.
 * @csspart author - The byline: badge, "Writer" label and author names.
 * @csspart badge - The writer badge icon.
 * @csspart figure - The hero `<figure>` (none when the feed's image is the body's own first image).
 * @csspart image - The hero image, never shown larger than its own size.
 * @csspart caption - The hero image's caption (`<figcaption>`).
 * @csspart enlarge - The "Enlarge" button over the hero image.
 * @csspart dialog - The enlarged image dialog (`<dialog>`).
 * @csspart dialog-image - The image inside the dialog.
 * @csspart dialog-caption - The caption inside the dialog.
 * @csspart close - The dialog's close button.
 * @csspart body - The sanitized article body (prose).
 * @csspart summary - The excerpt, shown in place of the body when the feed gives no article text.
 * @csspart read-more - The link under an excerpt to the whole article on its own page ("Read the full article").
 * @csspart tags - The tag list (`<ul>`).
 * @csspart tag - One tag.
 * @csspart attachments - The article's audio and video players (podcast episodes, video reports).
 * @csspart attachment - One `<audio>` or `<video>` player.
 * @csspart views - The read count line (left out when the item has no count, or 0).
 * @csspart skeleton - The loading placeholder.
 * @csspart empty - The message shown when the feed has no article to show.
 * @csspart not-found - The message shown when no item matches `article-id` or `article-url` (the fallback content stays visible).
 * @csspart error - The error message container.
 * @csspart retry - The error state's retry button (only where retrying can help: network, timeout, 5xx, 429).
 *
 * @cssprop --news-article-background - Background of the article (default: none; `--news-color-background` while the widget sets its own theme).
 * @cssprop --news-article-max-width - Largest width of the article, the one measure of its hero, body and rows (default: `42em`).
 * @cssprop --news-article-gap - Space between the article's rows (default: `--news-space`).
 * @cssprop --news-article-accent - Color of the category label and quote rules (default: `--news-color-accent`).
 * @cssprop --news-article-headline-font - Headline font family (default: `--news-font-family`).
 * @cssprop --news-article-headline-size - Headline font size (default: from `1.5em` on phones to `2.25em`).
 * @cssprop --news-article-body-font - Body font family (default: `--news-font-family-body`, a screen serif else the UI face).
 * @cssprop --news-article-body-size - Body font size (default: `1.125em`).
 * @cssprop --news-article-line-height - Body line height (default: `1.7`).
 * @cssprop --news-article-measure - Largest line length of the body (default: the article's width).
 * @cssprop --news-article-image-radius - Corner radius of the hero image (default: `--news-radius`).
 */
export class NewsArticle extends NewsWidget {
  static override styles = [tokens, stateStyles, articleStyles, proseStyles, enlargeDialogStyles];

  /** Registers the element under `tag` (idempotent; see docs on renaming). */
  static define(tag = 'news-article', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  /** Id of the item to show (compared as a string, so WordPress numeric ids match). */
  @property({ attribute: 'article-id' }) articleId?: string;

  /** URL of the item to show, when there is no `article-id`. */
  @property({ attribute: 'article-url' }) articleUrl?: string;

  /** Level of the headline element, 1 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 1;

  /** Hosts whose iframes may stay in the body (comma- or space-separated, e.g. `www.youtube-nocookie.com`). */
  @property({ attribute: 'embed-hosts' }) embedHosts?: string;

  /** http(s) endpoint that receives one `{"id": ...}` beacon per article per page view; unset: nothing is sent. */
  @property({ attribute: 'view-endpoint' }) viewEndpoint?: string;

  /** Adds schema.org `NewsArticle` JSON-LD for the shown article as a child `<script>`. */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  /** The sanitizer for this element; `undefined` until loaded. */
  #sanitizer: SanitizeModule | undefined;
  #sanitizerLoad: Promise<unknown> | undefined;
  #sanitizerError: unknown;
  /** A retry emitted its own `news-loadstart`. */
  #retrying = false;
  /** The sanitized body, kept as nodes so re-renders reuse them (and never sanitize twice). */
  #body: { item: NewsItem; base: string | undefined; hosts: string; nodes: Node[] } | undefined;
  #jsonLd: { script: HTMLScriptElement; item: NewsItem } | undefined;

  constructor() {
    super();
    new ViewBeaconController(this, {
      endpoint: () => this.viewEndpoint,
      articleId: () => this.#shownItem()?.id,
    });
  }

  protected selectItems(feed: NewsFeed): NewsItem[] {
    const item = selectArticle(feed.items, {
      id: this.articleId ?? undefined,
      url: this.articleUrl ?? undefined,
    });
    return item ? [item] : [];
  }

  /** Whether the page chose an article (`article-id`, else `article-url`), rather than the newest. */
  get #chosen(): 'id' | 'url' | undefined {
    if (this.articleId != null && String(this.articleId) !== '') return 'id';
    if (this.articleUrl != null && this.articleUrl.trim() !== '') return 'url';
    return undefined;
  }

  /** A chosen article that is not in the feed: the not-found state, with the fallback children. */
  protected override renderEmpty(): TemplateResult {
    if (!this.#chosen) return super.renderEmpty();
    return html`<div part="not-found" role="status">${this.messages.articleNotFound}</div>
      <slot></slot>`;
  }

  protected override diagnosis(feed: NewsFeed, items: readonly NewsItem[]): [string, string] | undefined {
    const chosen = this.#chosen;
    const url = this.feed || this.providerFeed;
    const { length } = feed.items;
    if (!chosen && items[0])
      return [
        'newest',
        `no article-id: showing the newest article ("${items[0].id}"). Add article-id="..." to choose one` +
          ` (or article-url="...").`,
      ];
    if (!chosen || items.length > 0 || length === 0) return super.diagnosis(feed, items);
    const offered =
      chosen === 'id'
        ? `its ids: ${few(feed.items.map((item) => item.id))}`
        : `its URLs: ${few(
            feed.items.flatMap((item) => (item.url ? [item.url] : [])),
            3,
          )}`;
    const wanted = chosen === 'id' ? `article-id="${this.articleId}"` : `article-url="${this.articleUrl}"`;
    return [
      `${wanted} ${url}`,
      `no article in ${url} matches ${wanted} (${length} items; ${offered}). Fix ${wanted.split('=')[0]}` +
        `, or leave it out to show the newest article.`,
    ];
  }

  /**
   * Loads the sanitizer module: synchronously when already loaded on the page. A seam for tests
   * (a subclass can simulate a failed chunk load).
   */
  protected loadSanitizer(): SanitizeModule | Promise<SanitizeModule> {
    return sanitizerModule ?? importSanitizer();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the DOM: put the structured data back (removed on disconnect).
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#removeJsonLd();
  }

  /**
   * Runs after the feed controller settled for this update and before rendering, so a feed that
   * was already cached renders its body in the same frame when the sanitizer is loaded too. The
   * page state changes here, not in `updated()`, so nothing schedules a second render.
   */
  protected override update(changed: PropertyValues): void {
    const item = this.#shownItem();
    if (item && (item.contentHtml.trim() !== '' || this.structuredData)) this.#ensureSanitizer();
    // Not for an update that runs after the article left the page (see NewsWidget.willUpdate).
    if (this.isConnected) this.pageState?.setArticle(this, item?.id);
    super.update(changed);
  }

  protected override render(): TemplateResult {
    if (this.#sanitizerError !== undefined && this.data.status === 'ready')
      return this.renderError(this.messages.errors.network, () => this.#retrySanitizer());
    return super.render();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#syncJsonLd(this.#shownItem());
  }

  /** Resolves after the pending render, including the body once the sanitizer has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.#sanitizerLoad;
    if (!pending) return done;
    await pending.then(
      () => undefined,
      () => undefined,
    );
    return this.getUpdateComplete();
  }

  /** The article on screen, if the feed is ready and one matches. */
  #shownItem(): NewsItem | undefined {
    const { status, feed } = this.data;
    if (status !== 'ready' || !feed || this.#sanitizerError !== undefined) return undefined;
    return this.selectItems(feed)[0];
  }

  #ensureSanitizer(): void {
    if (this.#sanitizer || this.#sanitizerLoad || this.#sanitizerError !== undefined) return;
    let result: SanitizeModule | Promise<SanitizeModule>;
    try {
      result = this.loadSanitizer();
    } catch (error) {
      result = Promise.reject(error);
    }
    if (!(result instanceof Promise)) {
      this.#sanitizer = result;
      return;
    }
    const load = result.then(
      (module) => {
        if (this.#sanitizerLoad !== load) return;
        this.#sanitizerLoad = undefined;
        this.#sanitizer = module;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (this.#sanitizerLoad !== load) return;
        this.#sanitizerLoad = undefined;
        this.#sanitizerError = error ?? new Error('unknown error');
        this.requestUpdate();
        diagnose(
          this,
          'sanitizer',
          `the article sanitizer module did not load (${String(error).slice(0, 200)}): host the whole ` +
            `dist/cdn folder (it loads parts from beside itself); the reader can try again.`,
        );
        // A second load that failed: framed like any other (`<img>` order).
        if (!this.#retrying) fire(this, 'news-loadstart', undefined);
        this.#retrying = false;
        fire<NewsErrorDetail>(this, 'news-error', {
          code: 'network',
          message: `expected the article sanitizer module to load, but it failed: ${String(error).slice(0, 200)}`,
        });
        fire(this, 'news-loadend', undefined);
      },
    );
    this.#sanitizerLoad = load;
  }

  #retrySanitizer(): void {
    this.#sanitizerError = undefined;
    this.#retrying = true;
    fire(this, 'news-loadstart', undefined);
    this.#ensureSanitizer();
    const pending = this.#sanitizerLoad;
    const settle = () => {
      if (this.#sanitizerError !== undefined) return; // the failure path has reported
      this.#retrying = false;
      fire<NewsLoadDetail>(this, 'news-load', { items: this.items });
      fire(this, 'news-loadend', undefined);
    };
    if (pending) pending.then(settle, settle);
    else settle();
    this.requestUpdate();
  }

  /** The feed URL as an absolute URL: relative URLs in the body resolve against it. */
  #feedBase(): string | undefined {
    const feedUrl = this.feed || this.providerFeed;
    if (!feedUrl) return undefined;
    try {
      return new URL(feedUrl, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  #bodyNodes(item: NewsItem, sanitizer: SanitizeModule): Node[] {
    const base = this.#feedBase();
    const hosts = this.embedHosts ?? '';
    const cached = this.#body;
    if (cached && cached.item === item && cached.base === base && cached.hosts === hosts) return cached.nodes;
    const fragment = sanitizer.sanitizeArticleHtml(item.contentHtml, {
      baseUrl: base,
      embedHosts: parseHosts(hosts),
      // The hero shows the feed's image; the body's copy of it goes. An image taken from the body
      // itself (imageInBody) is not a separate hero, so there the body keeps it.
      heroImage: item.imageInBody ? undefined : item.image,
    });
    const nodes = Array.from(fragment.childNodes);
    this.#body = { item, base, hosts, nodes };
    return nodes;
  }

  #syncJsonLd(item: NewsItem | undefined): void {
    const wanted = this.structuredData && this.isConnected && this.#sanitizer ? item : undefined;
    if (wanted && this.#jsonLd?.item === wanted && this.#jsonLd.script.parentNode === this) return;
    this.#removeJsonLd();
    if (!wanted || !this.#sanitizer) return;
    const headline = shownTitle(wanted, this.messages).text;
    const script = this.#sanitizer.jsonLdScript(newsArticleJsonLd(wanted, headline));
    this.#jsonLd = { script, item: wanted };
    this.append(script);
  }

  #removeJsonLd(): void {
    this.#jsonLd?.script.remove();
    this.#jsonLd = undefined;
  }

  protected renderSkeleton(): TemplateResult {
    return html`<div class="layout bones" aria-hidden="true">
      <p class="meta"><span class="bone bone-line"></span></p>
      <div class="headline">
        <span class="bone bone-line"></span><span class="bone bone-line"></span
        ><span class="bone bone-line"></span>
      </div>
      <p class="byline"><span class="bone bone-line"></span></p>
      <div class="figure">
        <div class="frame bone"></div>
        <span class="bone bone-line caption-bone"></span>
      </div>
      ${this.#renderBodyBones()}
    </div>`;
  }

  #renderBodyBones(): TemplateResult {
    return html`<div class="prose body-bones">${bodyBones}</div>`;
  }

  protected renderItems(items: NewsItem[], feed: NewsFeed): TemplateResult {
    const item = items[0]!;
    const locale = this.resolvedLocale;
    // The article's own text is in the feed's language; the date in the UI locale (Intl knows
    // every language); UI strings in their catalog's, English for a locale without one. Each is
    // marked where it differs from the language around it, so screen readers pick the voice.
    const around = feed.language ?? locale;
    const dateLang = langApart(locale, around);
    const uiLang: UiLanguage = (key) => langApart(stringLanguage(locale, key), around);
    const title = shownTitle(item, this.messages);
    // The hero and its dialog show the same image: one pass through the URL policy. An image the
    // feed took from the body (imageInBody) is shown there, in place, not a second time as a hero.
    const image = item.imageInBody ? undefined : safeUrl(item.image, 'media');
    // Said, not inherited: the page around the widget may speak another language.
    return html`<article part="article" class="layout" lang=${feed.language ?? locale}>
        ${this.#renderMeta(item, locale, dateLang)} ${this.#renderHeadline(title, uiLang)}
        ${this.#renderByline(item, uiLang)} ${this.#renderFigure(item, image, uiLang)}
        ${this.#renderBody(item, uiLang)} ${renderAttachments(item.attachments)} ${this.#renderTags(item)}
        ${this.#renderViews(item, locale, uiLang)}
      </article>
      ${this.#renderDialog(item, title.text, image, uiLang)}`;
  }

  #renderMeta(item: NewsItem, locale: string, dateLang: string | undefined): TemplateResult | typeof nothing {
    const date = validDate(item.published) ? item.published : undefined;
    if (!item.category && !date) return nothing;
    return html`<p class="meta">
      ${item.category ? html`<span part="category">${item.category}</span>` : nothing}
      ${item.category && date ? html`<span aria-hidden="true"> · </span>` : nothing}
      ${
        date
          ? html`<time part="date" datetime=${machineDate(item, date)} lang=${dateLang ?? nothing}
              >${formatShortDate(date, locale, dateOffset(item))}</time
            >`
          : nothing
      }
    </p>`;
  }

  /** The headline; for an untitled item, the "Photo" label, which is a UI string (its language marked). */
  #renderHeadline(title: ShownTitle, uiLang: UiLanguage): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.trunc(Number(this.headingLevel)) || 1));
    const tag = HEADINGS[level - 1]!;
    const lang = title.label ? uiLang('photo') : undefined;
    return staticHtml`<${tag} part="headline" class="headline" dir="auto" lang=${lang ?? nothing}>${title.text}</${tag}>`;
  }

  #renderByline(item: NewsItem, uiLang: UiLanguage): TemplateResult | typeof nothing {
    if (item.authors.length === 0) return nothing;
    const names = item.authors.map((author, index) => {
      const href = safeUrl(author.url, 'link');
      const name = href
        ? html`<a href=${href} rel="author">${author.name}</a>`
        : html`<span class="author-name">${author.name}</span>`;
      return index === 0 ? name : html`, ${name}`;
    });
    return html`<p part="author" class="byline">
      <svg part="badge" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${badgeIcon}</svg>
      <span class="vh" lang=${uiLang('writer') ?? nothing}>${this.messages.writer}:</span>
      <span>${names}</span>
    </p>`;
  }

  #renderFigure(
    item: NewsItem,
    src: string | undefined,
    uiLang: UiLanguage,
  ): TemplateResult | typeof nothing {
    if (!src) return nothing;
    const sized = item.imageWidth !== undefined && item.imageHeight !== undefined;
    // The image is announced by its text alternative when the feed gives one; without one it is
    // not announced, and the figcaption says what there is to say (read once). A sized image is
    // shown at its own width at most, the frame around it; an unsized one fills a 16:9 frame,
    // whole and unscaled when it turns out smaller (markSmallImage).
    return html`<figure part="figure" class="figure">
      <div class=${sized ? 'frame fitted' : 'frame'}>
        <img
          part="image"
          class=${sized ? 'sized' : 'unsized'}
          src=${src}
          alt=${item.imageAlt ?? ''}
          width=${sized ? item.imageWidth! : nothing}
          height=${sized ? item.imageHeight! : nothing}
          loading="eager"
          fetchpriority="high"
          decoding="async"
          @load=${markSmallImage}
        />
        <button
          part="enlarge"
          type="button"
          aria-haspopup="dialog"
          lang=${uiLang('enlarge') ?? nothing}
          @click=${this.#openDialog}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${expandIcon}</svg>
          ${this.messages.enlarge}
        </button>
      </div>
      ${item.imageCaption ? html`<figcaption part="caption" dir="auto">${item.imageCaption}</figcaption>` : nothing}
    </figure>`;
  }

  #renderBody(item: NewsItem, uiLang: UiLanguage): TemplateResult | typeof nothing {
    if (item.contentHtml.trim() === '') return this.#renderExcerpt(item, uiLang);
    const sanitizer = this.#sanitizer;
    if (!sanitizer) {
      return html`<div part="body" class="prose body-bones bones" aria-busy="true">${bodyBones}</div>`;
    }
    return html`<div part="body" class="prose" dir="auto">${this.#bodyNodes(item, sanitizer)}</div>`;
  }

  /**
   * In place of the body, for an item the feed gives only an excerpt of (a summary feed, a
   * protected WordPress post): the excerpt, as text, and a link to the whole article on its own
   * page, with the widget's link-params like every article link. Not `part="body"`, which holds
   * only what the sanitizer made.
   */
  #renderExcerpt(item: NewsItem, uiLang: UiLanguage): TemplateResult | typeof nothing {
    if (!item.summary) return nothing;
    // An article page: http(s) only, the policy's 'media' kind (as the adapters read `url`).
    const url = safeUrl(item.url, 'media');
    return html`<div class="prose" dir="auto">
      <p part="summary">${item.summary}</p>
      ${
        url
          ? html`<p>
              <a part="read-more" href=${this.articleHref(url)} lang=${uiLang('readFullArticle') ?? nothing}
                >${this.messages.readFullArticle}</a
              >
            </p>`
          : nothing
      }
    </div>`;
  }

  #renderTags(item: NewsItem): TemplateResult | typeof nothing {
    if (item.tags.length === 0) return nothing;
    return html`<ul part="tags" aria-label=${this.messages.tags}>
      ${item.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
    </ul>`;
  }

  #renderViews(item: NewsItem, locale: string, uiLang: UiLanguage): TemplateResult | typeof nothing {
    // No count in the feed (or none yet): a "read 0 times" line would say nothing useful.
    if (item.views === undefined || item.views <= 0) return nothing;
    const text = this.messages.readCount(
      formatNumber(item.views, locale),
      pluralCategory(item.views, locale),
    );
    return html`<p part="views" lang=${uiLang('readCount') ?? nothing}>${text}</p>`;
  }

  /** The enlarged image, named by its caption, else by the headline shown (`title`). */
  #renderDialog(
    item: NewsItem,
    title: string,
    src: string | undefined,
    uiLang: UiLanguage,
  ): TemplateResult | typeof nothing {
    if (!src) return nothing;
    const caption = item.imageCaption;
    return html`<dialog
      part="dialog"
      aria-labelledby=${caption ? 'dialog-caption' : nothing}
      aria-label=${caption ? nothing : title}
      @click=${this.#onDialogClick}
      @close=${this.#onDialogClose}
    >
      <figure>
        <img part="dialog-image" src=${src} alt=${item.imageAlt ?? ''} loading="lazy" decoding="async" />
        ${caption ? html`<figcaption part="dialog-caption" id="dialog-caption" dir="auto">${caption}</figcaption>` : nothing}
      </figure>
      <button
        part="close"
        type="button"
        autofocus
        lang=${uiLang('close') ?? nothing}
        @click=${this.#closeDialog}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">${closeIcon}</svg>
        ${this.messages.close}
      </button>
    </dialog>`;
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  #openDialog(): void {
    const dialog = this.#dialog();
    if (!dialog || dialog.open) return;
    // A mouse click does not focus a button everywhere (Safari): focus it first, so the dialog
    // remembers it and every way of closing (Esc included) returns focus there natively.
    this.#enlargeButton()?.focus();
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[part~="close"]')?.focus();
  }

  #closeDialog(): void {
    this.#dialog()?.close();
    this.#enlargeButton()?.focus();
  }

  #enlargeButton(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="enlarge"]');
  }

  /** A click on the backdrop targets the dialog itself, outside its box. */
  #onDialogClick(event: MouseEvent): void {
    const dialog = event.currentTarget as HTMLDialogElement;
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    if (!inside) this.#closeDialog();
  }

  /** However the dialog closed (Esc too), focus is back on the enlarge button. */
  #onDialogClose(): void {
    const enlarge = this.#enlargeButton();
    if (enlarge && this.renderRoot instanceof ShadowRoot && this.renderRoot.activeElement !== enlarge)
      enlarge.focus();
  }
}
