/**
 * RSS 2.0, 0.91/0.92 and 1.0 (RDF) → the normalized model. Field by field in docs/feed-format.md:
 * - id: `guid`, else `link`, else the enclosure's URL;
 * - title: text, with any escaped markup and character references taken out;
 * - body: `content:encoded`, else `description` (HTML, often escaped); summary: `description`;
 * - dates: `pubDate` (RFC 822, leniently), else `dc:date`;
 * - authors: `dc:creator`, else `author` (`mail@example.com (Name)`: the name), else `itunes:author`;
 * - `category` and `dc:subject`: the first is `category`, all are `categories` (a region matches
 *   them), the others are `tags`;
 * - image and attachments: see media.ts. No views: trending lists rank RSS items by date.
 */
import { type Adapter, type AdapterContext, headline, pageUrl, withoutUndefined } from '../adapter.js';
import {
  MAX_AUTHORS,
  MAX_CONTENT,
  MAX_NAME,
  MAX_TEXT,
  MAX_TITLE,
  readLanguage,
  readNames,
  truncate,
} from '../read.js';
import { htmlToText } from '../text.js';
import type { NewsAuthor, NewsItem } from '../types.js';
import { NS, child, childText, childrenNamed, filed, itemDate, textOf } from './elements.js';
import { readMedia } from './media.js';

/** `mail@example.com (Jane Doe)` → `Jane Doe`; a bare address is not shown as a name. */
function authorName(value: string): string | undefined {
  const text = value.trim();
  // lastIndexOf, not a regex: a hostile run of parentheses must cost linear time.
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1;
  if (open !== -1) return text.slice(open + 1, -1);
  return text.includes('@') ? undefined : text;
}

/** The first source that names anyone: `dc:creator`, `author`, `itunes:author` often repeat each other. */
function readAuthors(item: Element): NewsAuthor[] {
  const sources = [
    childrenNamed(item, 'creator', NS.dc).map(textOf),
    childrenNamed(item, 'author').map((element) => {
      const text = textOf(element);
      return text && authorName(text);
    }),
    [childText(item, 'author', NS.itunes)],
  ];
  for (const written of sources) {
    const names = readNames(
      written.map((name) => name && htmlToText(name, MAX_NAME)),
      MAX_AUTHORS,
    );
    if (names.length > 0) return names.map((name) => ({ name }));
  }
  return [];
}

export function rssAdapter(root: Element, ctx: AdapterContext): Adapter {
  const { feedUrl } = ctx;
  const channel = child(root, 'channel');
  // RSS 1.0 puts its items beside the channel, the others inside it.
  const rawItems = [...childrenNamed(channel, 'item'), ...childrenNamed(root, 'item')];

  const idOf = (raw: unknown): unknown => {
    const item = raw as Element;
    return (
      childText(item, 'guid')?.trim() ??
      childText(item, 'link')?.trim() ??
      item.getAttributeNS(NS.rdf, 'about') ??
      child(item, 'enclosure')?.getAttribute('url') ??
      undefined
    );
  };

  const readItem = (raw: object, id: string, label: string): NewsItem => {
    const item = raw as unknown as Element;
    const description = childText(item, 'description');
    const body = childText(item, 'encoded', NS.content) ?? description ?? '';
    const summary = description === undefined ? undefined : htmlToText(description, MAX_TEXT) || undefined;
    const media = readMedia(item, feedUrl);
    const rawTitle = childText(item, 'title');
    const title = headline(
      'title',
      rawTitle === undefined ? undefined : htmlToText(rawTitle, MAX_TITLE) || undefined,
      summary,
      undefined,
      body,
      media.image,
    );
    const guid = child(item, 'guid');
    const permalink = guid?.getAttribute('isPermaLink') !== 'false' ? textOf(guid) : undefined;
    return withoutUndefined<NewsItem>({
      id,
      url: pageUrl(childText(item, 'link')?.trim(), feedUrl) ?? pageUrl(permalink?.trim(), feedUrl),
      title,
      contentHtml: truncate(body, MAX_CONTENT),
      summary,
      ...media,
      ...itemDate(ctx, label, [
        ['pubDate', childText(item, 'pubDate')],
        ['dc:date', childText(item, 'date', NS.dc)],
      ]),
      authors: readAuthors(item),
      ...filed([...childrenNamed(item, 'category'), ...childrenNamed(item, 'subject', NS.dc)].map(textOf)),
      related: [],
    });
  };

  return {
    format: 'rss',
    meta: withoutUndefined({
      title: htmlToText(childText(channel, 'title') ?? '', MAX_TITLE) || undefined,
      language: readLanguage(childText(channel, 'language') ?? childText(channel, 'language', NS.dc)),
      homeUrl: pageUrl(childText(channel, 'link')?.trim(), feedUrl),
    }),
    rawItems,
    idOf,
    idField: 'guid or link',
    readItem,
  };
}
