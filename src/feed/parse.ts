/**
 * `parseFeed`: untrusted JSON → a validated `NewsFeed`, or a `FeedError` ('invalid-feed').
 *
 * Formats are detected by shape (see the contract, "Feed format"): a JSON Feed is an object with a
 * `version` string and an `items` array; a WordPress posts collection is an array of objects with an
 * `id` and a rendered title or content. An empty array is read as a WordPress site with no posts.
 * An empty `items` array is a valid, empty feed. Items that cannot be used are skipped with one
 * console warning each; if there were items and none could be used, the feed is invalid.
 */
import { type Adapter, type AdapterContext, ItemProblem } from './adapter.js';
import { describeValue, typeName } from './describe.js';
import { FeedError, PREFIX } from './errors.js';
import { isJsonFeed, jsonFeedAdapter } from './json-feed.js';
import { MAX_ID, MAX_ITEMS, isObject, itemLabel, own, readId } from './read.js';
import type { NewsFeed, NewsItem } from './types.js';
import { looksLikePost, wordpressAdapter } from './wordpress.js';

/** Warnings printed per parse; a feed with thousands of bad items must not flood the console. */
const MAX_WARNINGS = 20;

const EXPECTED = 'expected a JSON Feed (a `version` string and an `items` array) or a WordPress posts array';

/** Why an item's `id` is unusable (readId said no). */
function idProblem(rawId: unknown): string {
  if (rawId === undefined) return '"id" is missing';
  if (typeof rawId === 'string') return `"id" is blank or longer than ${MAX_ID} characters`;
  if (typeof rawId === 'number') return `"id" must be a finite number, got ${rawId}`;
  return `"id" must be a string or number, got ${typeName(rawId)}`;
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

function detect(json: unknown, ctx: AdapterContext): Adapter {
  if (isJsonFeed(json)) return jsonFeedAdapter(json, ctx);
  if (Array.isArray(json)) {
    if (json.length === 0 || json.slice(0, MAX_ITEMS).some(looksLikePost)) return wordpressAdapter(json, ctx);
  }
  const hint = isObject(json) ? jsonFeedHint(json) : '';
  throw new FeedError('invalid-feed', `${EXPECTED}, but got ${describeValue(json)}${hint}`, {
    url: ctx.feedUrl,
  });
}

/**
 * Parses a decoded JSON value (from `fetchFeedJson`) fetched from `feedUrl` (absolute; relative
 * URLs in the feed resolve against it). Throws only `FeedError` with code 'invalid-feed'.
 */
export function parseFeed(json: unknown, feedUrl: string): NewsFeed {
  let warnings = 0;
  const warn = (message: string): void => {
    warnings++;
    if (warnings <= MAX_WARNINGS) console.warn(`${PREFIX} ${message}`);
  };
  try {
    const adapter = detect(json, { feedUrl, warn });
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
        const rawId = own(raw, 'id');
        label = itemLabel(index, rawId);
        const id = readId(rawId);
        if (!isObject(raw)) problem = `the item must be an object, got ${typeName(raw)}`;
        else if (id === undefined) problem = idProblem(rawId);
        // Before reading it: a repeated item is not read (nor warned about) for nothing.
        else if (seen.has(id)) problem = '"id" repeats an earlier item';
        else {
          items.push(adapter.readItem(raw, id, label));
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
