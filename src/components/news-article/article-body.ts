/**
 * The article's text: the sanitized body, the skeleton lines that hold its place while the
 * sanitizer loads, and the excerpt shown in its place when the feed gives no article text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NewsItem } from '../../feed/types.js';
import { safeUrl } from '../../feed/url-policy.js';
import { memoized, type Memo } from '../../memo.js';
import type { ArticleView } from './article-view.js';
import type { SanitizeModule } from './sanitizer-module.js';

/**
 * Lines of the body skeleton: a typical regional article (the seed page's runs to about forty
 * lines at the body's 70ch measure). Reserving that much means the content below the article
 * moves little when the real body arrives, whether it is somewhat shorter or longer.
 */
const BODY_BONES = 40;

/** The body's skeleton lines, one list for every render (a template result can be rendered again). */
const bodyBones = Array.from({ length: BODY_BONES }, () => html`<span class="bone bone-line"></span>`);

/** The body's place in the loading skeleton (the whole article is still coming). */
export function renderBodyBones(): TemplateResult {
  return html`<div class="prose body-bones">${bodyBones}</div>`;
}

/** Whether the feed gives the article's text (else the excerpt stands in for it). */
export function hasBody(item: NewsItem): boolean {
  return item.contentHtml.trim() !== '';
}

/**
 * The body made by the sanitizer (`nodes`); while the sanitizer loads (`undefined`), skeleton
 * lines in its place, busy, under the header and hero that are already shown.
 */
export function renderBody(nodes: Node[] | undefined): TemplateResult {
  if (!nodes)
    return html`<div part="body" class="prose body-bones bones" aria-busy="true">${bodyBones}</div>`;
  return html`<div part="body" class="prose" dir="auto">${nodes}</div>`;
}

/**
 * In place of the body, for an item the feed gives only an excerpt of (a summary feed, a
 * protected WordPress post): the excerpt, as text, and a link to the whole article on its own
 * page, with the widget's link-params like every article link (`articleHref`). Not
 * `part="body"`, which holds only what the sanitizer made.
 */
export function renderExcerpt(
  { item, messages, uiLang }: ArticleView,
  articleHref: (url: string) => string,
): TemplateResult | typeof nothing {
  if (!item.summary) return nothing;
  // An article page: http(s) only, the policy's 'media' kind (as the adapters read `url`).
  const url = safeUrl(item.url, 'media');
  return html`<div class="prose" dir="auto">
    <p part="summary">${item.summary}</p>
    ${
      url
        ? html`<p>
            <a part="read-more" href=${articleHref(url)} lang=${uiLang('readFullArticle') ?? nothing}
              >${messages.readFullArticle}</a
            >
          </p>`
        : nothing
    }
  </div>`;
}

/** `embed-hosts`: a comma- or space-separated host list. */
function parseHosts(value: string): string[] {
  return value ? value.split(/[\s,]+/).filter((host) => host !== '') : [];
}

/**
 * Sanitized bodies, shared by every `<news-article>` on the page: the same article in several
 * elements (a page of teasers, a tab and a dialog) is sanitized once and cloned, a native copy of
 * nodes already made. Keyed by the item object, so a refreshed feed (new objects) is sanitized
 * afresh and an old item's bodies go with it; an item keeps a few variants (base URL, embed hosts).
 */
const sanitized: Memo<NewsItem, DocumentFragment> = new WeakMap();

function sanitizedBody(
  item: NewsItem,
  sanitizer: SanitizeModule,
  base: string | undefined,
  hosts: string,
): DocumentFragment {
  const body = memoized(sanitized, item, `${base ?? ''}\n${hosts}`, 4, () =>
    sanitizer.sanitizeArticleHtml(item.contentHtml, {
      baseUrl: base,
      embedHosts: parseHosts(hosts),
      // The hero shows the feed's image; the body's copy of it goes. An image taken from the body
      // itself (imageInBody) is not a separate hero, so there the body keeps it.
      heroImage: item.imageInBody ? undefined : item.image,
    }),
  );
  return body.cloneNode(true) as DocumentFragment;
}

/**
 * The sanitized body of one element's article, kept as nodes so re-renders reuse them; made
 * again only when the article, the base URL or the embed hosts change.
 */
export class SanitizedBody {
  #cached: { item: NewsItem; base: string | undefined; hosts: string; nodes: Node[] } | undefined;

  /** `base`: the feed's absolute URL, which relative URLs in the body resolve against. */
  nodes(item: NewsItem, sanitizer: SanitizeModule, base: string | undefined, hosts: string): Node[] {
    const cached = this.#cached;
    if (cached && cached.item === item && cached.base === base && cached.hosts === hosts) return cached.nodes;
    const nodes = Array.from(sanitizedBody(item, sanitizer, base, hosts).childNodes);
    this.#cached = { item, base, hosts, nodes };
    return nodes;
  }
}
