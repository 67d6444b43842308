/**
 * news-widgets: embeddable news widgets as web components.
 *
 * Importing this module registers every element under its default tag. For one component only,
 * import its entry (`news-widgets/trending-region.js`); for classes without registration,
 * `news-widgets/classes`.
 *
 * @packageDocumentation
 */
import './define.js';

export * from './classes.js';
export type { NewsErrorDetail, NewsLoadDetail, NewsClickDetail, NewsImpressionDetail } from './events.js';
export type { ColorSchemeChangeDetail } from './components/dark-mode-toggle/dark-mode-toggle.js';
export { FeedStore, getDefaultStore } from './feed/store.js';
export { FeedError } from './feed/errors.js';
export type { NewsFeed, NewsItem, NewsAuthor, FeedErrorCode, FeedFormat } from './feed/types.js';
export { registerLocale, type Messages } from './i18n/index.js';
export { quietDiagnostics } from './components/shared/diagnostics.js';
