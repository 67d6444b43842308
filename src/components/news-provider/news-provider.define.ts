import { NewsProvider } from './news-provider.js';

NewsProvider.define();

declare global {
  interface HTMLElementTagNameMap {
    'news-provider': NewsProvider;
  }
}

export { NewsProvider };
