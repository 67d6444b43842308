/** `dist/cdn/elements/news-article.js`: what the classic script's loader imports for `<news-article>`. */
import { NewsArticle } from '../components/news-article/news-article.js';

export { useEarlyRequests } from '../feed/early-requests.js';
export const define = (): void => void NewsArticle.define();
