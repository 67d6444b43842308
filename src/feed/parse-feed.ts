/**
 * `parseFeed`: decoded JSON → a validated `NewsFeed`, at once. For callers that hold the JSON
 * already (tests, a server): the WordPress reader comes with it. Widgets go through
 * `parseFeedBody` (parse.ts), which loads that reader only when a response needs it.
 */
import { detectJson, readFeed } from './parse.js';
import type { NewsFeed } from './types.js';
import * as wordpress from './wordpress.js';

/**
 * Parses a decoded JSON value fetched from `feedUrl` (absolute; relative URLs in the feed resolve
 * against it). Throws only `FeedError` with code 'invalid-feed'.
 */
export function parseFeed(json: unknown, feedUrl: string): NewsFeed {
  return readFeed((ctx) => detectJson(json, ctx, wordpress), feedUrl);
}
