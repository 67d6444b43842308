import { createContext } from '@lit/context';
import type { FeedStore } from '../feed/store.js';

/** The feed store a `<news-provider>` shares (tests and hosts can give their own). String key: see feed-url.ts. */
export const storeContext = createContext<FeedStore | undefined>('news-widgets:store');
