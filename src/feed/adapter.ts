/**
 * What the format adapters (JSON Feed, WordPress, RSS, Atom) share with the parser that drives them.
 */
import { describeValue } from './describe.js';
import { decodeEntities } from './entities.js';
import { MAX_TEXT, readInstant, type JsonObject } from './read.js';
import { firstLine, htmlToText } from './text.js';
import { safeUrl } from './url-policy.js';
import type { FeedFormat, NewsFeed, NewsItem } from './types.js';

/** Given to adapters by `readFeed` (parse.ts). */
export interface AdapterContext {
  /** The absolute feed URL: relative URLs in the feed resolve against it. */
  feedUrl: string;
  /** Reports a problem that does not stop parsing (rate-limited by the parser). */
  warn(message: string): void;
}

/** An adapter's view of one response: feed-level fields, the raw items, and how to read one. */
export interface Adapter {
  format: FeedFormat;
  meta: Omit<NewsFeed, 'format' | 'items'>;
  rawItems: readonly unknown[];
  /** The raw id of a raw item (any value: the parser checks it), and how warnings name it. */
  idOf(raw: unknown): unknown;
  idField: string;
  /**
   * Reads one raw item, which the parser has checked is an object with a usable id; throws
   * `ItemProblem` when the item is unusable. `label` names it in warnings.
   */
  readItem(raw: JsonObject, id: string, label: string): NewsItem;
}

/** Thrown by `readItem` for an unusable item; the parser skips it with one warning. */
export class ItemProblem extends Error {
  override readonly name = 'ItemProblem';
}

/**
 * The headline: `title`, else the first line of the summary, the text or the HTML body (cut to 160
 * characters with an ellipsis), else, for an item with an image (a photo post), none: widgets show
 * a "Photo" label. `field` names the title field in the problem when the item has nothing to show.
 */
export function headline(
  field: string,
  title: string | undefined,
  summary: string | undefined,
  text: unknown,
  html: unknown,
  image?: string,
): string {
  const result =
    title ||
    firstLine(summary ?? '', 160) ||
    (typeof text === 'string' ? firstLine(text, 160) : '') ||
    (typeof html === 'string' ? firstLine(htmlToText(html, MAX_TEXT, true), 160) : '');
  if (!result && (image === undefined || image === '')) {
    throw new ItemProblem(
      `"${field}" is missing or empty, and there is no summary, content text or image to show instead`,
    );
  }
  return result;
}

/**
 * An article or home-page URL: http(s) only (the model says so; `mailto:`/`tel:` make no sense as
 * an article), which is the URL policy's 'media' kind.
 */
export function pageUrl(value: unknown, feedUrl: string): string | undefined {
  return safeUrl(value, 'media', feedUrl);
}

/** Drops keys whose value is `undefined` (from an object we built ourselves), for tidy items. */
export function withoutUndefined<T extends object>(value: T): T {
  const result = {} as T;
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) result[key] = value[key];
  }
  return result;
}

/**
 * A date field of an item (see `readInstant`, or the reader given): absent stays absent; present
 * but not a valid date is dropped with one warning naming the item and the field.
 */
export function readDateField<T = Date>(
  ctx: AdapterContext,
  label: string,
  field: string,
  value: unknown,
  read: (value: string) => T | undefined = readInstant as (value: unknown) => T | undefined,
): T | undefined {
  if (value === undefined || value === null) return undefined;
  const date = typeof value === 'string' ? read(value) : undefined;
  if (date === undefined) {
    ctx.warn(`feed item ${label}: "${field}" is not a valid date (got ${describeValue(value)}); ignored`);
  }
  return date;
}

/** Where an image may start, and the markup whose images a reader never sees. */
const OPENERS = /<(?:img\b|!--|noscript\b)/gi;
/** The `src` attribute inside one tag: quoted either way or bare. */
const SRC = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * The first image of an HTML body that passes the URL policy, found without parsing the HTML (the
 * sanitizer parses it later, when an article shows it): a thumbnail for an item that names none.
 * Images inside comments and `<noscript>` are not shown, so they are skipped. One pass of
 * `indexOf` and bounded tests, whatever the markup: hostile bodies must not cost quadratic time.
 */
export function firstImage(html: string, feedUrl: string): string | undefined {
  const text = html.slice(0, 100_000);
  // Lowercased once, when a <noscript> first needs it: once per opener would cost quadratic time.
  let lower: string | undefined;
  const openers = new RegExp(OPENERS);
  for (let match = openers.exec(text); match; match = openers.exec(text)) {
    const opener = match[0].toLowerCase();
    const close =
      opener === '<!--'
        ? text.indexOf('-->', match.index + 4)
        : opener === '<noscript'
          ? (lower ??= text.toLowerCase()).indexOf('</noscript', match.index)
          : text.indexOf('>', match.index);
    if (close === -1) return undefined;
    openers.lastIndex = close + 1;
    if (opener !== '<img') continue;
    const src = SRC.exec(text.slice(match.index, close));
    // Attribute values carry character references (`&amp;` in query strings).
    const image = src && safeUrl(decodeEntities((src[1] ?? src[2] ?? src[3])!), 'media', feedUrl);
    if (image) return image;
  }
  return undefined;
}
