/** `dist/cdn/elements/trending-region.js`: what the classic script's loader imports for `<trending-region>`. */
import { TrendingRegion } from '../components/trending-region/trending-region.js';

export { useEarlyRequests } from '../feed/early-requests.js';
export const define = (): void => void TrendingRegion.define();
