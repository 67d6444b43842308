import { css } from 'lit';

/** `<related-list>` layouts: `list` (the article list styles), `compact` and `grid`. */
export const relatedListStyles = css`
  .layout-compact {
    --_list-item-padding: var(--news-list-item-padding, 0.5rem);
    --_list-title-size: var(--news-list-title-size, 0.9375rem);
    --_list-date-size: var(--news-list-date-size, 0.75rem);
    --_list-thumb-width: var(--news-list-thumbnail-width, 4.5rem);
  }
  .layout-compact .text {
    gap: 0.125rem;
  }

  .layout-grid .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-list-grid-min, 12rem)), 1fr));
    gap: var(--news-list-grid-gap, var(--_space));
  }
  .layout-grid .item {
    flex-direction: column;
    gap: 0.5rem;
    padding: 0;
    border: 0;
  }
  .layout-grid .thumb {
    inline-size: 100%;
  }
`;
