import { css } from 'lit';

/**
 * `<trending-region>`: big rank numbers, and the live bar. The bar is always in the layout in live
 * mode and its control only becomes visible (`visibility`, not `display`), so announcing a newer
 * ranking never pushes the list down.
 */
export const trendingRegionStyles = css`
  .rank {
    flex: none;
    min-inline-size: 1.4em;
    font-size: var(--news-trending-rank-size, 1.75em);
    font-weight: 800;
    line-height: 1;
    color: var(--news-trending-rank-color, var(--_accent));
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  /* One element: a 0.8em bar whose margins fill the rank's 1.4em column, one line (1em) high. */
  .rank-bone {
    block-size: 1em;
    min-inline-size: 0;
    inline-size: 0.8em;
    margin-inline: 0.3em;
  }

  .live-bar {
    display: flex;
    align-items: center;
    block-size: 2em;
    margin-block-end: 0.25em;
  }

  .new-items {
    visibility: hidden;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    block-size: calc(1.875em / 0.875);
    padding: 0 calc(0.85em / 0.875);
    /* Transparent, but drawn in forced colors, where the background is not: still a button. */
    border: 1px solid transparent;
    border-radius: 999px;
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--news-trending-new-items-color, var(--_bg));
    background: var(--news-trending-new-items-background, var(--_accent));
    cursor: pointer;
  }
  .new-items[data-waiting] {
    visibility: visible;
  }
  .new-items:hover {
    filter: brightness(1.08);
  }
  @media (prefers-reduced-motion: no-preference) {
    .new-items[data-waiting] {
      animation: news-new-items-in var(--_transition) ease-out;
    }
  }
  /* Movement only: the control is readable (full contrast) from its first frame. */
  @keyframes news-new-items-in {
    from {
      transform: translateY(-0.25em);
    }
  }
`;
