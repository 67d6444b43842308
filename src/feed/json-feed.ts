/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), with 1.0's `author`, and our item extension
 * `_news` (category, region, views, image caption, text alternative and size, related ids) → the
 * normalized model.
 *
 * JSON Feed text fields (`summary`, `content_text`, names, tags) are plain text by the spec, and
 * shown exactly as written, as text. Titles are the exception: feeds generated from WordPress write
 * them HTML-escaped (`Don&#8217;t`), so character references in a title are decoded (to text,
 * never to markup). `content_html` is HTML and goes to the sanitizer as it is.
 *
 * An item without `id` (which the spec requires, and some generators leave out) is known by its
 * `url`, with one warning per feed.
 */
import {
  type Adapter,
  type AdapterContext,
  headline,
  pageUrl,
  readDateField,
  withoutUndefined,
} from './adapter.js';
import {
  MAX_ATTACHMENTS,
  MAX_AUTHORS,
  MAX_CONTENT,
  MAX_NAME,
  MAX_RELATED,
  MAX_TAGS,
  MAX_TEXT,
  MAX_TITLE,
  isDateOnly,
  isObject,
  own,
  readCount,
  readDimension,
  readIds,
  readLanguage,
  readLine,
  readNames,
  readOffset,
  truncate,
  type JsonObject,
} from './read.js';
import { decodeEntities } from './entities.js';
import { textToHtml } from './text.js';
import type { NewsAttachment, NewsAuthor, NewsItem } from './types.js';
import { safeUrl } from './url-policy.js';

/** A JSON Feed needs a `version` string and an `items` array (the contract's rule). */
export function isJsonFeed(json: unknown): json is JsonObject {
  return isObject(json) && typeof own(json, 'version') === 'string' && Array.isArray(own(json, 'items'));
}

function readAuthor(value: unknown, feedUrl: string): NewsAuthor | undefined {
  const name = readLine(own(value, 'name'), MAX_NAME);
  if (name === undefined) return undefined;
  return withoutUndefined({
    name,
    url: safeUrl(own(value, 'url'), 'link', feedUrl),
    avatar: safeUrl(own(value, 'avatar'), 'media', feedUrl),
  });
}

/**
 * 1.1 `authors` (an array) wins over 1.0 `author` (one object), on items and the feed; `undefined`
 * when neither gives an author with a name (an empty list, or only urls and avatars).
 */
function readAuthors(container: unknown, feedUrl: string): NewsAuthor[] | undefined {
  const list = own(container, 'authors');
  const authors: NewsAuthor[] = [];
  const raw = Array.isArray(list) ? list : [];
  for (let i = 0; i < raw.length && authors.length < MAX_AUTHORS; i++) {
    const author = readAuthor(raw[i], feedUrl);
    if (author) authors.push(author);
  }
  if (authors.length > 0) return authors;
  const single = readAuthor(own(container, 'author'), feedUrl);
  return single ? [single] : undefined;
}

/** `attachments` (podcasts, video): the audio and video ones, with a URL the policy allows. */
function readAttachments(item: JsonObject, feedUrl: string): NewsAttachment[] | undefined {
  const list = own(item, 'attachments');
  const attachments: NewsAttachment[] = [];
  for (const entry of Array.isArray(list) ? list.slice(0, MAX_ATTACHMENTS) : []) {
    const url = safeUrl(own(entry, 'url'), 'media', feedUrl);
    const type = readLine(own(entry, 'mime_type'), MAX_NAME);
    const kind = /^(audio|video)\//i.exec(type ?? '')?.[1]?.toLowerCase() as
      NewsAttachment['kind'] | undefined;
    if (!url || !type || !kind) continue;
    attachments.push(
      withoutUndefined({
        url,
        kind,
        type,
        size: readCount(own(entry, 'size_in_bytes')),
        title: readLine(own(entry, 'title'), MAX_TEXT),
      }),
    );
  }
  return attachments.length > 0 ? attachments : undefined;
}

export function jsonFeedAdapter(feed: JsonObject, ctx: AdapterContext): Adapter {
  const { feedUrl } = ctx;
  const feedAuthors = readAuthors(feed, feedUrl) ?? [];

  const date = (item: JsonObject, field: string, label: string): Date | undefined =>
    readDateField(ctx, label, field, own(item, field));

  const readItem = (raw: JsonObject, id: string, label: string): NewsItem => {
    const html = own(raw, 'content_html');
    const text = own(raw, 'content_text');
    const contentHtml =
      typeof html === 'string'
        ? truncate(html, MAX_CONTENT)
        : typeof text === 'string'
          ? textToHtml(truncate(text, MAX_CONTENT))
          : '';
    const summary = readLine(own(raw, 'summary'), MAX_TEXT);
    const image =
      safeUrl(own(raw, 'image'), 'media', feedUrl) ?? safeUrl(own(raw, 'banner_image'), 'media', feedUrl);
    const rawTitle = own(raw, 'title');
    // `title` is optional in JSON Feed (microblog and photo posts): we borrow one from the text.
    const title = headline(
      'title',
      readLine(typeof rawTitle === 'string' ? decodeEntities(rawTitle) : undefined, MAX_TITLE),
      summary,
      text,
      html,
      image,
    );

    const news = own(raw, '_news');
    const published = date(raw, 'date_published', label);
    return withoutUndefined<NewsItem>({
      id,
      url: pageUrl(own(raw, 'url'), feedUrl),
      title,
      contentHtml,
      summary,
      image,
      imageCaption: readLine(own(news, 'image_caption'), MAX_TEXT),
      imageAlt: readLine(own(news, 'image_alt'), MAX_TEXT),
      imageWidth: readDimension(own(news, 'image_width')),
      imageHeight: readDimension(own(news, 'image_height')),
      published,
      publishedOffset: published ? readOffset(own(raw, 'date_published')) : undefined,
      dateOnly: published && isDateOnly(own(raw, 'date_published')) ? true : undefined,
      modified: date(raw, 'date_modified', label),
      // JSON Feed: item authors override the feed's; without any, the feed's apply.
      authors: readAuthors(raw, feedUrl) ?? feedAuthors.map((author) => ({ ...author })),
      tags: readNames(own(raw, 'tags'), MAX_TAGS),
      category: readLine(own(news, 'category'), MAX_NAME),
      region: readLine(own(news, 'region'), MAX_NAME),
      views: readCount(own(news, 'views')),
      attachments: readAttachments(raw, feedUrl),
      related: readIds(own(news, 'related'), MAX_RELATED).filter((related) => related !== id),
    });
  };

  let warnedUrlIds = false;
  /** `id`, else `url` (warned about once per feed). */
  const idOf = (raw: unknown): unknown => {
    const id = own(raw, 'id');
    const url = own(raw, 'url');
    if (id !== undefined || typeof url !== 'string' || url.trim() === '') return id;
    if (!warnedUrlIds) {
      warnedUrlIds = true;
      ctx.warn(
        `items of ${feedUrl} have no "id" (JSON Feed requires one); their "url" is used instead. ` +
          'Give each item a stable "id" so article-id and related ids keep working when a URL changes',
      );
    }
    return url;
  };

  return {
    format: 'json-feed',
    idOf,
    idField: '"id"',
    meta: withoutUndefined({
      title: readLine(own(feed, 'title'), MAX_TITLE),
      language: readLanguage(own(feed, 'language')),
      homeUrl: pageUrl(own(feed, 'home_page_url'), feedUrl),
    }),
    rawItems: own(feed, 'items') as unknown[],
    readItem,
  };
}
