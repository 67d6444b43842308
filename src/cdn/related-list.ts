/** `dist/cdn/elements/related-list.js`: what the classic script's loader imports for `<related-list>`. */
import { RelatedList } from '../components/related-list/related-list.js';

export { useEarlyRequests } from '../feed/early-requests.js';
export const define = (): void => void RelatedList.define();
