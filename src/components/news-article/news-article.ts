import { html, nothing, type PropertyValues, type PropertyDeclarations, type TemplateResult } from 'lit';
import { selectArticle } from '../../feed/select/article.js';
import type { NewsFeed, NewsItem } from '../../feed/types.js';
import { safeUrl } from '../../feed/url-policy.js';
import { langApart, stringLanguage } from '../../i18n/locales.js';
import { tokens } from '../../theme/tokens.js';
import { defineElement } from '../shared/define.js';
import { diagnose, type Diagnosis } from '../shared/diagnostics.js';
import { shownTitle } from '../shared/item-text.js';
import { NewsWidget } from '../shared/news-widget.js';
import { stateStyles } from '../shared/state.styles.js';
import { renderAttachments } from './attachments.js';
import { choiceDiagnosis, chosenBy } from './article-choice.js';
import { hasBody, renderBody, renderExcerpt, SanitizedBody } from './article-body.js';
import { renderReadCount, renderTags } from './article-footer.js';
import { renderByline, renderHeadline, renderMeta } from './article-header.js';
import { renderArticleSkeleton } from './article-skeleton.js';
import type { ArticleView, UiLanguage } from './article-view.js';
import { renderHeroFigure } from './hero-figure.js';
import { lazyModule } from '../../lazy-module.js';
import { articleStyles } from './news-article.styles.js';
import { proseStyles } from './prose.styles.js';
import { sanitizerModule, type SanitizeModule } from './sanitizer-module.js';
import { StructuredDataScript } from './structured-data.js';
import { ViewBeaconLoader } from './view-beacon-loader.js';

export type { SanitizeModule };

/** The "Perbesar" dialog, its template and its styles: imported on the first press of the button. */
const enlargeDialogModule = lazyModule(() => import('./enlarge-dialog.js'));

/** Points at the `dist/cdn` folder when a part does not load (its chunks are files beside it). */
const HOST_THE_FOLDER = 'host the whole dist/cdn folder (it loads parts from beside itself)';

/**
 * One news article from a feed, laid out as on a regional news page: category and date, headline,
 * author with a writer badge, hero image with its caption and an enlarge dialog, the sanitized
 * body, tags and the read count.
 *
 * The article is chosen by `article-id`, else `article-url`, else the newest item. The body is
 * sanitized by the library's DOMPurify profile, which is loaded on demand the first time a body is
 * shown (the header and the hero render meanwhile, the body area holds skeleton lines). The
 * enlarge dialog loads the same way on the first press of its button.
 *
 * With `view-endpoint`, one read is counted per article per page view, once the article has been
 * at least half visible for a second: a `navigator.sendBeacon` POST whose body is the JSON
 * `{"id":"..."}` sent as `text/plain;charset=UTF-8` (a CORS-safelisted type, so no preflight);
 * parse the body as JSON on the server. Without `view-endpoint` nothing is ever sent, and the
 * code that counts is not even loaded.
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
  // Reactive properties (documented on their fields below): a plain object, not decorators,
  // which would add a helper and a call per property to every bundle.
  static override properties: PropertyDeclarations = {
    articleId: { attribute: 'article-id' },
    articleUrl: { attribute: 'article-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
    embedHosts: { attribute: 'embed-hosts' },
    viewEndpoint: { attribute: 'view-endpoint' },
    structuredData: { attribute: 'structured-data', type: Boolean },
  };

  static override styles = [tokens, stateStyles, articleStyles, proseStyles];

  /** Registers the element under `tag` (idempotent; see docs on renaming). */
  static define(tag = 'news-article', registry: CustomElementRegistry = customElements): boolean {
    return defineElement(tag, this, registry);
  }

  /** Id of the item to show (compared as a string, so WordPress numeric ids match). */
  declare articleId?: string;

  /** URL of the item to show, when there is no `article-id`. */
  declare articleUrl?: string;

  /** Level of the headline element, 1 to 6. */
  headingLevel = 1;

  /** Hosts whose iframes may stay in the body (comma- or space-separated, e.g. `www.youtube-nocookie.com`). */
  declare embedHosts?: string;

  /** http(s) endpoint that receives one `{"id": ...}` beacon per article per page view; unset: nothing is sent. */
  declare viewEndpoint?: string;

  /** Adds schema.org `NewsArticle` JSON-LD for the shown article as a child `<script>`. */
  structuredData = false;

  /** The sanitizer for this element; `undefined` until loaded. */
  #sanitizer: SanitizeModule | undefined;
  #sanitizerLoad: Promise<unknown> | undefined;
  #sanitizerError: unknown;
  readonly #body = new SanitizedBody();
  readonly #jsonLd = new StructuredDataScript(this);
  /** The reader pressed "Perbesar" here: from then on the dialog is rendered (closed until opened). */
  #dialogWanted = false;

  constructor() {
    super();
    // The read counter itself loads only for an article with an endpoint.
    new ViewBeaconLoader(
      this,
      { endpoint: () => this.viewEndpoint, articleId: () => this.#shownItem()?.id },
      (error) =>
        diagnose(
          this,
          'view-beacon',
          `the read counter module did not load (${String(error).slice(0, 200)}): ${HOST_THE_FOLDER}; ` +
            `reads are not counted until it does.`,
        ),
    );
  }

  protected selectItems(newsFeed: NewsFeed): NewsItem[] {
    const item = selectArticle(newsFeed.items, {
      id: this.articleId ?? undefined,
      url: this.articleUrl ?? undefined,
    });
    return item ? [item] : [];
  }

  /** A chosen article that is not in the feed: the not-found state, with the fallback children. */
  protected override renderEmpty(): TemplateResult {
    if (!chosenBy(this)) return super.renderEmpty();
    return html`<div part="not-found" role="status">${this.messages.articleNotFound}</div>
      <slot></slot>`;
  }

  protected override diagnosis(newsFeed: NewsFeed, items: readonly NewsItem[]): Diagnosis | undefined {
    return choiceDiagnosis(this, newsFeed, items, this.feedUrl) ?? super.diagnosis(newsFeed, items);
  }

  /**
   * Loads the sanitizer module: synchronously when already loaded on the page. A seam for tests
   * (a subclass can simulate a failed chunk load).
   */
  protected loadSanitizer(): SanitizeModule | Promise<SanitizeModule> {
    return sanitizerModule.loaded ?? sanitizerModule.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#jsonLd.remove();
  }

  /**
   * Runs after the feed controller settled for this update and before rendering, so a feed that
   * was already cached renders its body in the same frame when the sanitizer is loaded too. The
   * page state changes here, not in `updated()`, so nothing schedules a second render.
   */
  protected override update(changed: PropertyValues): void {
    const item = this.#shownItem();
    if (item && (hasBody(item) || this.structuredData)) this.#ensureSanitizer();
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
    const wanted = this.structuredData && this.isConnected ? this.#shownItem() : undefined;
    this.#jsonLd.sync(this.#sanitizer ? wanted : undefined, this.messages, this.#sanitizer);
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
    return this.#sanitizerError === undefined ? this.data.shown[0] : undefined;
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
          `the article sanitizer module did not load (${String(error).slice(0, 200)}): ${HOST_THE_FOLDER}; ` +
            `the reader can try again.`,
        );
        // A load of its own that failed: framed like any other (after a retry's news-loadstart).
        this.data.announceError(
          'network',
          `expected the article sanitizer module to load, but it failed: ${String(error).slice(0, 200)}`,
        );
      },
    );
    this.#sanitizerLoad = load;
  }

  #retrySanitizer(): void {
    this.#sanitizerError = undefined;
    this.data.announceStart();
    this.#ensureSanitizer();
    const pending = this.#sanitizerLoad;
    const settle = () => {
      if (this.#sanitizerError !== undefined) return; // the failure path has reported
      this.data.announceLoad(this.items);
    };
    if (pending) pending.then(settle, settle);
    else settle();
    this.requestUpdate();
  }

  /** The feed URL as an absolute URL: relative URLs in the body resolve against it. */
  #feedBase(): string | undefined {
    const feedUrl = this.feedUrl;
    if (!feedUrl) return undefined;
    try {
      return new URL(feedUrl, document.baseURI).href;
    } catch {
      return undefined;
    }
  }

  protected renderSkeleton(): TemplateResult {
    return renderArticleSkeleton();
  }

  protected renderItems(items: NewsItem[], newsFeed: NewsFeed): TemplateResult {
    const item = items[0]!;
    const locale = this.resolvedLocale;
    // The article's own text is in the feed's language; the date in the UI locale (Intl knows
    // every language); UI strings in their catalog's, English for a locale without one. Each is
    // marked where it differs from the language around it, so screen readers pick the voice.
    const around = newsFeed.language ?? locale;
    const uiLang: UiLanguage = (key) => langApart(stringLanguage(locale, key), around);
    const view: ArticleView = {
      item,
      locale,
      messages: this.messages,
      uiLang,
      dateLang: langApart(locale, around),
    };
    const title = shownTitle(item, this.messages);
    // The hero and its dialog show the same image: one pass through the URL policy. An image the
    // feed took from the body (imageInBody) is shown there, in place, not a second time as a hero.
    const image = item.imageInBody ? undefined : safeUrl(item.image, 'media');
    const dialog = this.#dialogWanted ? enlargeDialogModule.loaded : undefined;
    // Said, not inherited: the page around the widget may speak another language.
    return html`<article part="article" class="layout" lang=${newsFeed.language ?? locale}>
        ${renderMeta(view)} ${renderHeadline(view, title, this.headingLevel)} ${renderByline(view)}
        ${renderHeroFigure(view, image, this.#onEnlarge)} ${this.#renderBody(view)}
        ${renderAttachments(item.attachments)} ${renderTags(view)} ${renderReadCount(view)}
      </article>
      ${dialog ? dialog.renderEnlargeDialog(view, title.text, image) : nothing}`;
  }

  #renderBody(view: ArticleView): TemplateResult | typeof nothing {
    const { item } = view;
    if (!hasBody(item)) return renderExcerpt(view, (url) => this.articleHref(url));
    const sanitizer = this.#sanitizer;
    const hosts = this.embedHosts ?? '';
    return renderBody(sanitizer ? this.#body.nodes(item, sanitizer, this.#feedBase(), hosts) : undefined);
  }

  readonly #onEnlarge = (): void => {
    const loaded = enlargeDialogModule.loaded;
    // Pressed before: the dialog is in the shadow root already, open it in this very click.
    if (loaded && this.#dialogWanted) this.#showDialog(loaded);
    else void this.#loadAndShowDialog();
  };

  /**
   * The first press of "Perbesar" in this article: imports the dialog (once per page), renders
   * it, then opens it, so the first press opens the dialog as every later one does.
   */
  async #loadAndShowDialog(): Promise<void> {
    let loaded: typeof import('./enlarge-dialog.js');
    try {
      loaded = await enlargeDialogModule.load();
    } catch (error) {
      diagnose(
        this,
        'enlarge-dialog',
        `the enlarge dialog module did not load (${String(error).slice(0, 200)}): ${HOST_THE_FOLDER}; ` +
          `pressing the button again tries again.`,
      );
      return;
    }
    if (!this.#dialogWanted) {
      this.#dialogWanted = true;
      this.requestUpdate();
      await this.updateComplete;
    }
    this.#showDialog(loaded);
  }

  #showDialog(loaded: typeof import('./enlarge-dialog.js')): void {
    if (this.renderRoot instanceof ShadowRoot) loaded.showEnlargeDialog(this.renderRoot);
  }
}
