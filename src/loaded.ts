import { isOurs } from './components/shared/define.js';

/** Whether some copy of news-widgets (classic or module bundle) already registered its elements. */
export function alreadyLoaded(): boolean {
  return isOurs(globalThis.customElements?.get('news-provider'));
}
