/**
 * The module bundle's entry (`news-widgets.js`): a few bytes that load the library chunk only when
 * no copy of news-widgets is on the page yet. Evaluating a second copy would be harmless for
 * the elements (definition is idempotent) but would create Lit's `lit-html` Trusted Types policy
 * twice, which a page with a `trusted-types` directive refuses.
 */
import { alreadyLoaded } from './loaded.js';

if (!alreadyLoaded()) void import('./define.js');
