/**
 * `parseFeedBody`: an untrusted feed body → a validated `NewsFeed`, or a `FeedError` ('parse',
 * 'invalid-feed'). `parseFeed` (parse-feed.ts) does the same for decoded JSON, at once.
 *
 * Formats are detected by shape (see the contract, "Feed format"): a JSON Feed is an object with a
 * `version` string and an `items` array; a WordPress posts collection is an array of objects with an
 * `id` and a rendered title or content, and a single post is one such object. An empty array is
 * read as a WordPress site with no posts. XML (RSS, Atom) goes to the XML adapter, loaded the first
 * time a feed needs it. An empty `items` array is a valid, empty feed. Items that cannot be used
 * are skipped with one console warning each; if there were items and none could be used, the feed
 * is invalid.
 */
import { type Adapter, type AdapterContext, ItemProblem, firstImage } from './adapter.js';
import { describeValue, preview, typeName } from './describe.js';
import { FeedError, PREFIX } from './errors.js';
import type { FeedBody } from './http.js';
import { isJsonFeed, jsonFeedAdapter } from './json-feed.js';
import { MAX_ID, MAX_ITEMS, isObject, own, readId } from './read.js';
import { loadReader, wordpressReader, xmlReader, type WordPressReader } from './readers.js';
import type { NewsFeed, NewsItem } from './types.js';

/** Warnings printed per parse; a feed with thousands of bad items must not flood the console. */
const MAX_WARNINGS = 20;

const EXPECTED =
  'expected a JSON Feed (a `version` string and an `items` array), a WordPress posts array or post, RSS or Atom';

/** How an item is named in warnings: its index and, when it has a readable id, the id. */
function itemLabel(index: number, rawId: unknown): string {
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
  return id === undefined ? `#${index}` : `#${index} (id "${preview(id, 60)}")`;
}

/** Why an item's id (named `field`: `"id"`, `guid or link`...) is unusable (readId said no). */
function idProblem(rawId: unknown, field: string): string {
  if (rawId === undefined) return `${field} is missing`;
  if (typeof rawId === 'string') return `${field} is blank or longer than ${MAX_ID} characters`;
  if (typeof rawId === 'number') return `${field} must be a finite number, got ${rawId}`;
  return `${field} must be a string or number, got ${typeName(rawId)}`;
}

/** Why an object is not a JSON Feed, when it nearly is. */
function jsonFeedHint(json: object): string {
  const version = own(json, 'version');
  const items = own(json, 'items');
  const hints: string[] = [];
  if (version !== undefined && typeof version !== 'string') hints.push(`\`version\` is ${typeName(version)}`);
  if (items !== undefined && !Array.isArray(items)) hints.push(`\`items\` is ${typeName(items)}`);
  return hints.length > 0 ? ` (${hints.join(', ')})` : '';
}

/** The adapter for decoded JSON: a JSON Feed, else WordPress. */
export function detectJson(json: unknown, ctx: AdapterContext, wordpress: WordPressReader): Adapter {
  if (isJsonFeed(json)) return jsonFeedAdapter(json, ctx);
  const { looksLikePost, wordpressAdapter } = wordpress;
  // The single-post endpoint (`/wp/v2/posts/60`) answers with the post itself.
  if (looksLikePost(json)) return wordpressAdapter([json], ctx);
  if (Array.isArray(json) && (json.length === 0 || json.slice(0, MAX_ITEMS).some(looksLikePost)))
    return wordpressAdapter(json, ctx);
  const hint = isObject(json) ? jsonFeedHint(json) : '';
  throw new FeedError('invalid-feed', `${EXPECTED}, but got ${describeValue(json)}${hint}`, {
    url: ctx.feedUrl,
  });
}

/**
 * Parses a feed body (from `fetchFeedBody`) fetched from `feedUrl`: a JSON Feed at once, WordPress
 * JSON and XML after loading their readers (a page whose feeds are JSON Feeds never downloads
 * them). Rejects only with `FeedError` ('parse', 'invalid-feed').
 */
export async function parseFeedBody(body: FeedBody, feedUrl: string): Promise<NewsFeed> {
  if ('json' in body) {
    const { json } = body;
    if (isJsonFeed(json)) return readFeed((ctx) => jsonFeedAdapter(json, ctx), feedUrl);
    const wordpress = await loadReader('WordPress', feedUrl, wordpressReader.load);
    return readFeed((ctx) => detectJson(json, ctx, wordpress), feedUrl);
  }
  const reader = await loadReader('RSS/Atom', feedUrl, xmlReader.load);
  return readFeed((ctx) => reader.xmlAdapter(body.xml, ctx), feedUrl);
}

/**
 * Reads every item through the adapter `detect` gives; the rules in the module comment. At most
 * MAX_WARNINGS console warnings per feed.
 */
export function readFeed(detect: (ctx: AdapterContext) => Adapter, feedUrl: string): NewsFeed {
  let warnings = 0;
  const warn = (message: string): void => {
    warnings++;
    if (warnings <= MAX_WARNINGS) console.warn(`${PREFIX} ${message}`);
  };
  try {
    const adapter = detect({ feedUrl, warn });
    const { rawItems } = adapter;
    const count = Math.min(rawItems.length, MAX_ITEMS);
    if (rawItems.length > MAX_ITEMS) {
      warn(`the feed has ${rawItems.length} items; only the first ${MAX_ITEMS} are read`);
    }

    const items: NewsItem[] = [];
    const seen = new Set<string>();
    let firstProblem = '';
    for (let index = 0; index < count; index++) {
      let label = `#${index}`;
      let problem: string;
      try {
        const raw: unknown = rawItems[index];
        const rawId = adapter.idOf(raw);
        label = itemLabel(index, rawId);
        const id = readId(rawId);
        if (!isObject(raw)) problem = `the item must be an object, got ${typeName(raw)}`;
        else if (id === undefined) problem = idProblem(rawId, adapter.idField);
        // Before reading it: a repeated item is not read (nor warned about) for nothing.
        else if (seen.has(id)) problem = `${adapter.idField} repeats an earlier item`;
        else {
          items.push(withBodyImage(adapter.readItem(raw, id, label), feedUrl));
          seen.add(id);
          continue;
        }
      } catch (error) {
        // Anything else thrown here is a bug in an adapter; the item is skipped all the same.
        problem = error instanceof ItemProblem ? error.message : `could not be read (${String(error)})`;
      }
      firstProblem ||= `item ${label}: ${problem}`;
      warn(`skipped feed item ${label}: ${problem}`);
    }

    if (count > 0 && items.length === 0) {
      throw new FeedError('invalid-feed', `none of the ${count} items was valid (first: ${firstProblem})`, {
        url: feedUrl,
      });
    }
    return { format: adapter.format, ...adapter.meta, items };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    // Defence in depth: whatever a hostile value does to a reader, callers only ever see a FeedError.
    throw new FeedError('invalid-feed', `could not read the feed: ${String(error).slice(0, 200)}`, {
      url: feedUrl,
      cause: error,
    });
  } finally {
    if (warnings > MAX_WARNINGS) {
      console.warn(`${PREFIX} ${warnings - MAX_WARNINGS} more feed warnings for ${feedUrl} not shown`);
    }
  }
}

/**
 * An item the feed gives no image of its own shows its body's first image as a thumbnail (lists)
 * instead of an empty box; `imageInBody` tells the article not to repeat it as a hero.
 */
function withBodyImage(item: NewsItem, feedUrl: string): NewsItem {
  if (item.image !== undefined) return item;
  const image = firstImage(item.contentHtml, feedUrl);
  return image === undefined ? item : { ...item, image, imageInBody: true };
}
