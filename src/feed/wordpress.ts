/**
 * The WordPress REST API posts collection, `/wp-json/wp/v2/posts?_embed` → the normalized model.
 * https://developer.wordpress.org/rest-api/reference/posts/
 *
 * - `title.rendered`, `excerpt.rendered`, captions and term names are HTML (WordPress escapes `&`
 *   as `&#038;` and texturizes dashes to `&#8211;`): they become plain text here.
 * - `content.rendered` is the untrusted body (`contentHtml`), for the sanitizer.
 * - `date_gmt` is UTC written without a zone; `date` is the site's wall-clock time. With both, their
 *   difference is the publisher's UTC offset (`publishedOffset`). Without `date_gmt` (null for
 *   drafts and imports, left out by `_fields` queries), `date` is placed at the offset another post
 *   of the same response shows (the right instant, unless a daylight-saving change lies between the
 *   two posts); when no post shows one, the item is `zoneless`: the site's wall-clock time, written
 *   without a zone, never as a false UTC instant. `modified` follows the same rules, and is left out
 *   when only its digits are known.
 * - `_embedded['wp:featuredmedia'][0]`: image, caption, size, `alt_text`. The image is the `large`
 *   size (within 1024 × 1024 px, with its own width and height) when WordPress made one, else
 *   `medium_large`, else the original (`source_url`, up to 2560 px since WordPress 5.3). Without a
 *   readable media entry (a private attachment embeds as an error object), Jetpack's
 *   `jetpack_featured_media_url` is the image.
 *   `_embedded.author[0]`: name, `link`, `avatar_urls['96']`. `_embedded['wp:term']`: every
 *   `category` term name → `categories` (the first is `category`; WordPress lists a post's terms
 *   by name, so that is the first in alphabetical order, not a "primary" category), `post_tag`
 *   names → `tags`. Embedded entries the reader may not see come back as error objects and are
 *   ignored.
 *
 * Region: WordPress has no region field. `region` comes from `meta.region` or `acf.region` (a
 * custom field, exposed by `register_post_meta(..., ['show_in_rest' => true])` or ACF) when it is
 * a string, else from the first term of a custom taxonomy named `region`, `wilayah` or `daerah`
 * (registered with `show_in_rest`, so it is embedded); otherwise it stays undefined, and
 * `<trending-region>` matches the region against the item's category names and tags instead
 * (`rankTrending` in select/trending.ts), which is how regional WordPress sites file stories
 * ("Balikpapan", "Kaltim").
 *
 * Views: WordPress core does not count reads. The first of these that holds a number (or a numeric
 * string, or a one-element array of either, as unregistered meta arrives) is used:
 *   `meta.views`             WP-PostViews and many themes (meta key `views`, exposed in REST)
 *   `meta.post_views_count`  the meta key most themes' built-in counters use
 *   `post_views`             Post Views Counter's REST field
 *   `views`                  a plain REST field added by a site
 *
 * Related: Jetpack's `jetpack-related-posts` (array of `{ id }`), when present, gives `related`.
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
  MAX_CONTENT,
  MAX_ITEMS,
  MAX_NAME,
  MAX_OFFSET,
  MAX_RELATED,
  MAX_TAGS,
  MAX_TEXT,
  MAX_TITLE,
  isObject,
  own,
  path,
  readCount,
  readDimension,
  readIds,
  readInstant,
  readLine,
  truncate,
  type JsonObject,
} from './read.js';
import { htmlToText } from './text.js';
import type { NewsAuthor, NewsItem } from './types.js';
import { safeUrl } from './url-policy.js';

/**
 * The offset between a zoneless local time and the same instant in UTC (WordPress `date` and
 * `date_gmt`), in minutes, or `undefined` when either is missing or the difference is no real offset.
 */
function offsetBetween(local: unknown, utc: unknown): number | undefined {
  const localTime = readInstant(local);
  const utcTime = readInstant(utc);
  if (!localTime || !utcTime) return undefined;
  const minutes = Math.round((localTime.getTime() - utcTime.getTime()) / 60_000);
  return Math.abs(minutes) <= MAX_OFFSET ? minutes : undefined;
}

/** A post, as far as detection goes: an `id` and a rendered title or content. */
export function looksLikePost(value: unknown): boolean {
  return (
    isObject(value) &&
    own(value, 'id') !== undefined &&
    (typeof path(value, 'title', 'rendered') === 'string' ||
      typeof path(value, 'content', 'rendered') === 'string')
  );
}

/** A `rendered` HTML field as one line of text. */
function renderedText(container: unknown, max: number): string | undefined {
  const html = own(container, 'rendered');
  if (typeof html !== 'string') return undefined;
  const text = htmlToText(html, max);
  return text === '' ? undefined : text;
}

/** Meta values may arrive as `20`, `"20"` or `["20"]` (meta registered without `single`). */
function metaCount(value: unknown): number | undefined {
  return readCount(Array.isArray(value) && value.length > 0 ? value[0] : value);
}

function readViews(post: JsonObject): number | undefined {
  const candidates = [
    path(post, 'meta', 'views'),
    path(post, 'meta', 'post_views_count'),
    own(post, 'post_views'),
    own(post, 'views'),
  ];
  return candidates.map(metaCount).find((views) => views !== undefined);
}

/** Custom taxonomies regional sites register for where a story happened. */
const REGION_TAXONOMIES = new Set(['region', 'wilayah', 'daerah']);

function readTerms(post: unknown): { categories: string[]; tags: string[]; region?: string } {
  const categories: string[] = [];
  const tags: string[] = [];
  const regions: string[] = []; // the first is the item's region: at most one is kept
  const seen = new Set<string>();
  const groups = path(post, '_embedded', 'wp:term');
  for (const group of Array.isArray(groups) ? groups.slice(0, 20) : []) {
    for (const term of Array.isArray(group) ? group.slice(0, MAX_TAGS) : []) {
      const taxonomy = own(term, 'taxonomy');
      const list =
        taxonomy === 'category'
          ? categories
          : taxonomy === 'post_tag'
            ? tags
            : REGION_TAXONOMIES.has(taxonomy as string)
              ? regions
              : undefined;
      const raw = own(term, 'name');
      if (!list || typeof raw !== 'string' || list.length >= (list === regions ? 1 : MAX_TAGS)) continue;
      // Term names are stored HTML-escaped (`Monitoring &amp; Evaluasi`).
      const name = htmlToText(raw, MAX_NAME);
      const key = `${taxonomy}:${name.toLowerCase()}`;
      if (name === '' || seen.has(key)) continue;
      seen.add(key);
      list.push(name);
    }
  }
  return { categories, tags, region: regions[0] };
}

/**
 * The featured image: a size made for the web when WordPress has one (see the module comment),
 * else the original, else Jetpack's URL of it.
 */
function readImage(
  post: unknown,
  media: unknown,
  feedUrl: string,
): Pick<NewsItem, 'image' | 'imageWidth' | 'imageHeight'> {
  const details = own(media, 'media_details');
  const sizes = own(details, 'sizes');
  // Each candidate: its URL, and what holds its width and height.
  const candidates: [unknown, unknown][] = [
    [path(sizes, 'large', 'source_url'), own(sizes, 'large')],
    [path(sizes, 'medium_large', 'source_url'), own(sizes, 'medium_large')],
    [own(media, 'source_url'), details],
    [own(post, 'jetpack_featured_media_url'), undefined],
  ];
  for (const [url, size] of candidates) {
    const image = safeUrl(url, 'media', feedUrl);
    if (image) {
      return {
        image,
        imageWidth: readDimension(own(size, 'width')),
        imageHeight: readDimension(own(size, 'height')),
      };
    }
  }
  return {};
}

function readAuthor(post: unknown, feedUrl: string): NewsAuthor[] {
  const author = path(post, '_embedded', 'author', 0);
  const raw = own(author, 'name');
  const name = typeof raw === 'string' ? htmlToText(raw, MAX_NAME) : '';
  if (name === '') return [];
  return [
    withoutUndefined({
      name,
      url: safeUrl(own(author, 'link'), 'link', feedUrl),
      avatar: safeUrl(path(author, 'avatar_urls', '96'), 'media', feedUrl),
    }),
  ];
}

/** Jetpack's `jetpack-related-posts`: an array of `{ id }`. */
function readRelated(post: unknown, id: string): string[] {
  const list = own(post, 'jetpack-related-posts');
  const ids = Array.isArray(list) ? list.slice(0, MAX_RELATED).map((entry) => own(entry, 'id')) : [];
  return readIds(ids, MAX_RELATED).filter((related) => related !== id);
}

/** The site's home page: the feed URL up to `/wp-json/`, when it has that shape. */
function homeFromFeedUrl(feedUrl: string): string | undefined {
  const at = feedUrl.indexOf('/wp-json/');
  return at === -1 ? undefined : pageUrl(feedUrl.slice(0, at + 1), feedUrl);
}

export function wordpressAdapter(posts: readonly unknown[], ctx: AdapterContext): Adapter {
  const { feedUrl } = ctx;

  /** The site's offset, as the first post with both `date` and `date_gmt` shows it (one zone per site). */
  let siteOffset: number | null | undefined;
  const offsetOfSite = (): number | undefined => {
    if (siteOffset === undefined) {
      siteOffset = null;
      for (let i = 0; i < posts.length && i < MAX_ITEMS && siteOffset === null; i++) {
        siteOffset = offsetBetween(own(posts[i], 'date'), own(posts[i], 'date_gmt')) ?? null;
      }
    }
    return siteOffset ?? undefined;
  };

  /**
   * A post's `field` (`date` or `modified`) as an instant, the site's offset, and whether only the
   * wall-clock digits are known: see the module comment for a field without its `_gmt` twin.
   */
  const instant = (
    raw: JsonObject,
    field: 'date' | 'modified',
    label: string,
  ): { at?: Date; offset?: number; zoneless?: true } => {
    const local = own(raw, field);
    const gmt = own(raw, `${field}_gmt`);
    if (typeof gmt === 'string') {
      const at = readDateField(ctx, label, `${field}_gmt`, gmt);
      return { at, offset: at && offsetBetween(local, gmt) };
    }
    // Read as if UTC: the wall-clock digits, which the site's offset then places.
    const wallClock = readDateField(ctx, label, field, local);
    if (!wallClock) return {};
    const offset = offsetOfSite();
    if (offset === undefined) return { at: wallClock, offset: 0, zoneless: true };
    return { at: new Date(wallClock.getTime() - offset * 60_000), offset };
  };

  /** Publication, and the last change when it is a known instant (JSON-LD writes it with a zone). */
  const dates = (
    raw: JsonObject,
    label: string,
  ): Pick<NewsItem, 'published' | 'publishedOffset' | 'zoneless' | 'modified'> => {
    const published = instant(raw, 'date', label);
    const modified = instant(raw, 'modified', label);
    return {
      published: published.at,
      publishedOffset: published.offset,
      zoneless: published.zoneless,
      modified: modified.zoneless ? undefined : modified.at,
    };
  };

  const readItem = (raw: JsonObject, id: string, label: string): NewsItem => {
    const html = path(raw, 'content', 'rendered');
    const contentHtml = typeof html === 'string' ? truncate(html, MAX_CONTENT) : '';
    const summary = renderedText(own(raw, 'excerpt'), MAX_TEXT);
    const media = path(raw, '_embedded', 'wp:featuredmedia', 0);
    const image = readImage(raw, media, feedUrl);
    const title = headline(
      'title.rendered',
      renderedText(own(raw, 'title'), MAX_TITLE),
      summary,
      '',
      html,
      image.image,
    );

    const terms = readTerms(raw);
    const region =
      readLine(path(raw, 'meta', 'region'), MAX_NAME) ??
      readLine(path(raw, 'acf', 'region'), MAX_NAME) ??
      terms.region;

    return withoutUndefined<NewsItem>({
      id,
      url: pageUrl(own(raw, 'link'), feedUrl),
      title,
      contentHtml,
      summary,
      ...image,
      imageCaption: renderedText(own(media, 'caption'), MAX_TEXT),
      imageAlt: readLine(own(media, 'alt_text'), MAX_TEXT),
      ...dates(raw, label),
      authors: readAuthor(raw, feedUrl),
      tags: terms.tags,
      category: terms.categories[0],
      categories: terms.categories,
      region,
      views: readViews(raw),
      related: readRelated(raw, id),
    });
  };

  return {
    format: 'wordpress',
    idOf: (raw) => own(raw, 'id'),
    idField: '"id"',
    meta: withoutUndefined({ homeUrl: homeFromFeedUrl(feedUrl) }),
    rawItems: posts,
    readItem,
  };
}
