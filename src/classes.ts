/**
 * The element classes without registering any tag: for pages that need other tag names
 * (`NewsArticle.define('partner-article')`) or a scoped registry.
 */
export { NewsArticle } from './components/news-article/news-article.js';
export { RelatedList } from './components/related-list/related-list.js';
export { TrendingRegion } from './components/trending-region/trending-region.js';
export { DarkModeToggle } from './components/dark-mode-toggle/dark-mode-toggle.js';
export { NewsProvider } from './components/news-provider/news-provider.js';
