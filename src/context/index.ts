export { feedUrlContext } from './feed-url.js';
export { localeContext } from './locale.js';
export { storeContext } from './store.js';
export { pageStateContext, PageState } from './page-state.js';
