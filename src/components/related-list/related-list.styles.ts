import { css } from 'lit';

/** `<related-list>` layouts: `list` (the article list styles), `compact` and `grid`. */
export const relatedListStyles = css`
  .layout-compact {
    --_list-item-padding: var(--news-list-item-padding, 0.5em);
    --_list-title-size: var(--news-list-title-size, 0.9375em);
    --_list-date-size: var(--news-list-date-size, 0.75em);
    --_list-thumb-width: var(--news-list-thumbnail-width, 4.5em);
  }
  .layout-compact .text {
    gap: 0.125em;
  }

  .layout-grid .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-list-grid-min, 12em)), 1fr));
    gap: var(--news-list-grid-gap, var(--_space));
  }
  .layout-grid .item {
    flex-direction: column;
    gap: 0.5em;
    padding: 0;
    border: 0;
  }
  .layout-grid .thumb {
    inline-size: 100%;
  }
`;
