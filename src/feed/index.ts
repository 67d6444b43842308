/**
 * The feed client's public surface: Lit-free, usable without the widgets.
 */
export type { FeedErrorCode, FeedFormat, NewsAttachment, NewsAuthor, NewsFeed, NewsItem } from './types.js';
export { FeedError, isTransient } from './errors.js';
export { FeedStore, getDefaultStore } from './store.js';
export type { FeedListener, FeedStoreOptions, LoadOptions, RefreshOptions } from './store.js';
export { fetchFeedBody, fetchFeedJson } from './http.js';
export type { FeedBody, FetchFeedOptions } from './http.js';
export { parseFeedBody } from './parse.js';
export { parseFeed } from './parse-feed.js';
export { safeUrl } from './url-policy.js';
export type { UrlKind } from './url-policy.js';
export { normalizeName, rankRelated, rankTrending, selectArticle } from './select.js';
export type { ArticleQuery, RelatedOptions, TrendingOptions } from './select.js';
