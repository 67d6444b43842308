/**
 * The CDN bundles' entry (classic `news-widgets.iife.js` and module `news-widgets.js`): registers
 * every element and exposes nothing else on the page. Classes stay reachable through
 * `customElements.get('news-article')` for pages that want to rename tags.
 */
import './define.js';
