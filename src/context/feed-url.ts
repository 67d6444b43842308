import { createContext } from '@lit/context';

/**
 * The feed URL a `<news-provider>` gives its descendants. String keys, not symbols, on purpose:
 * a page that loads both the classic and the module bundle still connects providers and widgets
 * from different copies of the library.
 */
export const feedUrlContext = createContext<string | undefined>('news-widgets:feed-url');
