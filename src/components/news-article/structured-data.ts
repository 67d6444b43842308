/**
 * `structured-data`: a schema.org `NewsArticle` JSON-LD `<script>` for the article shown, kept as
 * a child of the element (light DOM, where search engines look).
 */
import type { NewsItem } from '../../feed/types.js';
import { safeUrl } from '../../feed/url-policy.js';
import { isoDate } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';
import { machineDate, shownTitle } from '../shared/item-text.js';
import { validDate } from './article-view.js';
import type { SanitizeModule } from './sanitizer-module.js';

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
 * The one JSON-LD script of an element: written by the sanitizer's `jsonLdScript` (the only path
 * from feed text into a `<script>`), replaced when the article changes, removed when unwanted.
 */
export class StructuredDataScript {
  readonly #host: Element;
  #current: { script: HTMLScriptElement; item: NewsItem } | undefined;

  constructor(host: Element) {
    this.#host = host;
  }

  /** Keeps a script describing `item` as the host's child; `undefined` (or no sanitizer yet) removes it. */
  sync(item: NewsItem | undefined, messages: Messages, sanitizer: SanitizeModule | undefined): void {
    if (item && this.#current?.item === item && this.#current.script.parentNode === this.#host) return;
    this.remove();
    if (!item || !sanitizer) return;
    const headline = shownTitle(item, messages).text;
    const script = sanitizer.jsonLdScript(newsArticleJsonLd(item, headline));
    this.#current = { script, item };
    this.#host.append(script);
  }

  remove(): void {
    this.#current?.script.remove();
    this.#current = undefined;
  }
}
