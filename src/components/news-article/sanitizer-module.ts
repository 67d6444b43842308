/**
 * The sanitizer seam, loaded on demand: it carries DOMPurify, which only an article body (or the
 * structured data, which the sanitizer writes) needs. In the ES module builds it is a chunk of
 * its own, so a page without an article body never downloads DOMPurify.
 */
import { lazyModule } from '../../lazy-module.js';

export type SanitizeModule = typeof import('../../sanitize/index.js');

/** One import for the whole page, shared by every `<news-article>`. */
export const sanitizerModule = lazyModule<SanitizeModule>(() => import('../../sanitize/index.js'));
