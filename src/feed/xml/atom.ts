/**
 * Atom 1.0 (and 0.3) → the normalized model. Field by field in docs/feed-format.md:
 * - id: `id`, else the alternate link; url: `link rel="alternate"` (or without `rel`);
 * - title, summary, content: text constructs (`type="text"`, `"html"` or `"xhtml"`); the body is
 *   `content`, else `summary`, else `media:group/media:description` (video feeds);
 * - dates: `published`, else `updated` (0.3: `issued`, `modified`), with their zones;
 * - authors: the entry's `author/name`, else the feed's; categories: `label`, else `term`;
 * - image and attachments: see media.ts.
 */
import { type Adapter, type AdapterContext, headline, pageUrl, withoutUndefined } from '../adapter.js';
import { MAX_AUTHORS, MAX_CONTENT, MAX_TEXT, MAX_TITLE, readLanguage, readNames, truncate } from '../read.js';
import { htmlToText, textToHtml } from '../text.js';
import type { NewsAuthor, NewsItem } from '../types.js';
import { safeUrl } from '../url-policy.js';
import { NS, child, childText, childrenNamed, filed, itemDate, readFeedDate, textOf } from './elements.js';
import { readMedia } from './media.js';

const ATOM = [NS.atom, NS.atom03];

/** A text construct as HTML: `html` as written, `xhtml` serialized, `text` (the default) escaped. */
function constructHtml(element: Element | undefined): string | undefined {
  if (!element || element.hasAttribute('src')) return undefined;
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const serializer = new XMLSerializer();
    const holder = child(element, 'div', 'http://www.w3.org/1999/xhtml') ?? element;
    return Array.from(holder.childNodes, (node) => serializer.serializeToString(node)).join('');
  }
  const text = textOf(element);
  if (text === undefined) return undefined;
  return type === 'html' || type === 'text/html' ? text : textToHtml(text);
}

/** A text construct as one line of plain text. */
function constructText(element: Element | undefined, max: number): string | undefined {
  const html = constructHtml(element);
  return html === undefined ? undefined : htmlToText(html, max) || undefined;
}

/** The `href` of the entry's (or feed's) alternate link, as written. */
function alternateLink(parent: Element | undefined): string | null | undefined {
  const links = childrenNamed(parent, 'link', ATOM);
  const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
  return alternate?.getAttribute('href');
}

function readAuthors(parent: Element | undefined, feedUrl: string): NewsAuthor[] {
  const authors: NewsAuthor[] = [];
  for (const author of childrenNamed(parent, 'author', ATOM).slice(0, MAX_AUTHORS)) {
    const [name] = readNames([childText(author, 'name', ATOM)], 1);
    if (name)
      authors.push(
        withoutUndefined({ name, url: safeUrl(childText(author, 'uri', ATOM)?.trim(), 'link', feedUrl) }),
      );
  }
  return authors;
}

export function atomAdapter(root: Element, ctx: AdapterContext): Adapter {
  const { feedUrl } = ctx;
  const feedAuthors = readAuthors(root, feedUrl);

  const idOf = (raw: unknown): unknown => {
    const entry = raw as Element;
    return childText(entry, 'id', ATOM)?.trim() ?? alternateLink(entry) ?? undefined;
  };

  const readItem = (raw: object, id: string, label: string): NewsItem => {
    const entry = raw as unknown as Element;
    const summaryHtml = constructHtml(child(entry, 'summary', ATOM));
    const mediaDescription = childText(child(entry, 'group', NS.media), 'description', NS.media);
    const body =
      constructHtml(child(entry, 'content', ATOM)) ??
      summaryHtml ??
      (mediaDescription === undefined ? '' : textToHtml(mediaDescription));
    const summary = summaryHtml === undefined ? undefined : htmlToText(summaryHtml, MAX_TEXT) || undefined;
    const media = readMedia(entry, feedUrl);
    const title = headline(
      'title',
      constructText(child(entry, 'title', ATOM), MAX_TITLE),
      summary,
      undefined,
      body,
      media.image,
    );
    const updated = readFeedDate(childText(entry, 'updated', ATOM) ?? childText(entry, 'modified', ATOM));
    const authors = readAuthors(entry, feedUrl);
    return withoutUndefined<NewsItem>({
      id,
      url: pageUrl(alternateLink(entry)?.trim(), feedUrl),
      title,
      contentHtml: truncate(body, MAX_CONTENT),
      summary,
      ...media,
      ...itemDate(
        ctx,
        label,
        ['published', 'issued', 'updated', 'modified'].map((name) => [name, childText(entry, name, ATOM)]),
      ),
      modified: updated?.instant,
      authors: authors.length > 0 ? authors : feedAuthors.map((author) => ({ ...author })),
      ...filed(
        childrenNamed(entry, 'category', ATOM).map(
          (category) => category.getAttribute('label') ?? category.getAttribute('term'),
        ),
      ),
      related: [],
    });
  };

  return {
    format: 'atom',
    meta: withoutUndefined({
      title: constructText(child(root, 'title', ATOM), MAX_TITLE),
      language: readLanguage(root.getAttributeNS(NS.xml, 'lang') ?? undefined),
      homeUrl: pageUrl(alternateLink(root)?.trim(), feedUrl),
    }),
    rawItems: childrenNamed(root, 'entry', ATOM),
    idOf,
    idField: '"id"',
    readItem,
  };
}
