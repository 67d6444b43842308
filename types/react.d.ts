// Generated from custom-elements.json by `npm run manifest` (scripts/react-types.mjs): do not edit.
/**
 * JSX types for React 19 users: `import type {} from 'news-widgets/react';` once in the app
 * (or add it to tsconfig `types`) and the tags type-check with their attributes, properties and
 * events (`onnews-load={(event) => event.detail.items}`).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DarkModeToggle, NewsArticle, NewsProvider, RelatedList, TrendingRegion } from '../dist/classes.js';

type Base<T> = DetailedHTMLProps<HTMLAttributes<T>, T>;

type DarkModeToggleProps = Base<DarkModeToggle> & {
  mode?: 'light' | 'dark';
  label?: DarkModeToggle['label'];
  locale?: DarkModeToggle['locale'];
  'apply-to'?: DarkModeToggle['applyTo'];
  'storage-key'?: DarkModeToggle['storageKey'];
  'theme-color-light'?: DarkModeToggle['themeColorLight'];
  'theme-color-dark'?: DarkModeToggle['themeColorDark'];
  preference?: DarkModeToggle['preference'];
  oncolorschemechange?: (event: HTMLElementEventMap['colorschemechange']) => void;
};

type NewsArticleProps = Base<NewsArticle> & {
  'article-id'?: NewsArticle['articleId'];
  'article-url'?: NewsArticle['articleUrl'];
  'heading-level'?: NewsArticle['headingLevel'] | string;
  'embed-hosts'?: NewsArticle['embedHosts'];
  'view-endpoint'?: NewsArticle['viewEndpoint'];
  'structured-data'?: NewsArticle['structuredData'];
  feed?: NewsArticle['feed'];
  locale?: NewsArticle['locale'];
  'link-params'?: NewsArticle['linkParams'];
  'cache-ttl'?: NewsArticle['cacheTtl'] | string;
  loading?: NewsArticle['loading'];
  theme?: NewsArticle['theme'];
  store?: NewsArticle['store'];
  'onnews-loadstart'?: (event: HTMLElementEventMap['news-loadstart']) => void;
  'onnews-load'?: (event: HTMLElementEventMap['news-load']) => void;
  'onnews-error'?: (event: HTMLElementEventMap['news-error']) => void;
  'onnews-loadend'?: (event: HTMLElementEventMap['news-loadend']) => void;
};

type NewsProviderProps = Base<NewsProvider> & {
  feed?: NewsProvider['feed'];
  locale?: NewsProvider['locale'];
  store?: NewsProvider['store'];
};

type RelatedListProps = Base<RelatedList> & {
  'article-id'?: RelatedList['articleId'];
  layout?: RelatedList['layout'];
  limit?: RelatedList['limit'] | string;
  'exclude-shown'?: RelatedList['excludeShown'];
  heading?: RelatedList['heading'];
  'heading-level'?: RelatedList['headingLevel'] | string;
  thumbnails?: RelatedList['thumbnails'];
  feed?: RelatedList['feed'];
  locale?: RelatedList['locale'];
  'link-params'?: RelatedList['linkParams'];
  'cache-ttl'?: RelatedList['cacheTtl'] | string;
  loading?: RelatedList['loading'];
  theme?: RelatedList['theme'];
  store?: RelatedList['store'];
  'onnews-loadstart'?: (event: HTMLElementEventMap['news-loadstart']) => void;
  'onnews-load'?: (event: HTMLElementEventMap['news-load']) => void;
  'onnews-error'?: (event: HTMLElementEventMap['news-error']) => void;
  'onnews-loadend'?: (event: HTMLElementEventMap['news-loadend']) => void;
  'onnews-click'?: (event: HTMLElementEventMap['news-click']) => void;
  'onnews-impression'?: (event: HTMLElementEventMap['news-impression']) => void;
};

type TrendingRegionProps = Base<TrendingRegion> & {
  region?: TrendingRegion['region'];
  'since-days'?: TrendingRegion['sinceDays'] | string;
  refresh?: TrendingRegion['refresh'] | string;
  limit?: TrendingRegion['limit'] | string;
  'exclude-shown'?: TrendingRegion['excludeShown'];
  heading?: TrendingRegion['heading'];
  'heading-level'?: TrendingRegion['headingLevel'] | string;
  thumbnails?: TrendingRegion['thumbnails'];
  feed?: TrendingRegion['feed'];
  locale?: TrendingRegion['locale'];
  'link-params'?: TrendingRegion['linkParams'];
  'cache-ttl'?: TrendingRegion['cacheTtl'] | string;
  loading?: TrendingRegion['loading'];
  theme?: TrendingRegion['theme'];
  store?: TrendingRegion['store'];
  'onnews-loadstart'?: (event: HTMLElementEventMap['news-loadstart']) => void;
  'onnews-load'?: (event: HTMLElementEventMap['news-load']) => void;
  'onnews-error'?: (event: HTMLElementEventMap['news-error']) => void;
  'onnews-loadend'?: (event: HTMLElementEventMap['news-loadend']) => void;
  'onnews-click'?: (event: HTMLElementEventMap['news-click']) => void;
  'onnews-impression'?: (event: HTMLElementEventMap['news-impression']) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dark-mode-toggle': DarkModeToggleProps;
      'news-article': NewsArticleProps;
      'news-dark-mode-toggle': DarkModeToggleProps;
      'news-provider': NewsProviderProps;
      'related-list': RelatedListProps;
      'trending-region': TrendingRegionProps;
    }
  }
}
