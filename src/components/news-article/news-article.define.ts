import { NewsArticle } from './news-article.js';

NewsArticle.define();

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}

export { NewsArticle };
