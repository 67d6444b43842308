import { createContext } from '@lit/context';

/** The UI locale a `<news-provider>` gives its descendants (BCP 47). String key: see feed-url.ts. */
export const localeContext = createContext<string | undefined>('news-widgets:locale');
