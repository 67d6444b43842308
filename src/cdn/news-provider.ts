/** `dist/cdn/elements/news-provider.js`: what the classic script's loader imports for `<news-provider>`. */
import { NewsProvider } from '../components/news-provider/news-provider.js';

export { useEarlyRequests } from '../feed/early-requests.js';
export const define = (): void => void NewsProvider.define();
