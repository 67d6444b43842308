/**
 * The classic bundle's entry (`news-widgets.iife.js`): registers every element and exposes nothing
 * else on the page. Classes stay reachable through `customElements.get('news-article')` for
 * pages that want other tag names. The build wraps the bundle in a guard (see vite.config.ts), so
 * a second copy on the page does not even evaluate Lit again.
 */
import './define.js';
