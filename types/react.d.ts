/**
 * JSX types for React 19 users: `import type {} from 'news-widgets/react';` once in the app
 * (or add it to tsconfig `types`) and the tags type-check with their attributes and events.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  NewsArticle,
  RelatedList,
  TrendingRegion,
  DarkModeToggle,
  NewsProvider,
} from '../dist/classes.js';
import type { NewsErrorDetail, NewsLoadDetail, NewsClickDetail, NewsImpressionDetail } from '../dist/index.js';

type Base<T> = DetailedHTMLProps<HTMLAttributes<T>, T>;

interface FeedWidgetProps<T> extends Base<T> {
  feed?: string;
  locale?: string;
  'link-params'?: string;
  'cache-ttl'?: number | string;
  theme?: 'light' | 'dark';
  loading?: 'eager' | 'lazy';
  'onnews-load'?: (event: CustomEvent<NewsLoadDetail>) => void;
  'onnews-error'?: (event: CustomEvent<NewsErrorDetail>) => void;
  'onnews-click'?: (event: CustomEvent<NewsClickDetail>) => void;
  'onnews-impression'?: (event: CustomEvent<NewsImpressionDetail>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-article': FeedWidgetProps<NewsArticle> & {
        'article-id'?: string;
        'article-url'?: string;
        'heading-level'?: number | string;
        'view-endpoint'?: string;
        'embed-hosts'?: string;
        'structured-data'?: boolean;
      };
      'related-list': FeedWidgetProps<RelatedList> & {
        'article-id'?: string;
        limit?: number | string;
        layout?: 'list' | 'compact' | 'grid';
        heading?: string;
        'exclude-shown'?: boolean;
      };
      'trending-region': FeedWidgetProps<TrendingRegion> & {
        region?: string;
        limit?: number | string;
        'since-days'?: number | string;
        refresh?: number | string;
        'exclude-shown'?: boolean;
      };
      'dark-mode-toggle': Base<DarkModeToggle> & {
        mode?: 'light' | 'dark';
        'apply-to'?: 'document';
        label?: string;
        locale?: string;
        'storage-key'?: string;
        onColorSchemeChange?: never;
        oncolorschemechange?: (event: CustomEvent<{ colorScheme: 'light' | 'dark'; mode: string; userChoice: boolean }>) => void;
      };
      'news-provider': Base<NewsProvider> & { feed?: string; locale?: string };
    }
  }
}
