/**
 * Pure selection and ranking over normalized items, for the widgets (no DOM, no Lit), one file
 * per widget in select/ so that a page downloads only the rankings it uses.
 */
export { normalizeName } from './select/rank.js';
export { selectArticle, type ArticleQuery } from './select/article.js';
export { rankTrending, type TrendingOptions } from './select/trending.js';
export { rankRelated, type RelatedOptions } from './select/related.js';
