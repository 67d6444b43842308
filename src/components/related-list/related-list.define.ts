import { RelatedList } from './related-list.js';

RelatedList.define();

declare global {
  interface HTMLElementTagNameMap {
    'related-list': RelatedList;
  }
}

export { RelatedList };
