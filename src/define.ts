/** Registers every element under its default tag (idempotent: safe to load twice). */
import './components/news-provider/news-provider.define.js';
import './components/news-article/news-article.define.js';
import './components/related-list/related-list.define.js';
import './components/trending-region/trending-region.define.js';
import './components/dark-mode-toggle/dark-mode-toggle.define.js';
