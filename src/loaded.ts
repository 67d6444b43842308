import { NEWS_WIDGETS_MARK } from './components/shared/define.js';

/** Whether some copy of news-widgets (classic or module bundle) already registered its elements. */
export function alreadyLoaded(): boolean {
  const provider = globalThis.customElements?.get('news-provider') as
    { [NEWS_WIDGETS_MARK]?: boolean } | undefined;
  return provider?.[NEWS_WIDGETS_MARK] === true;
}
