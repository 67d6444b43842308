import { css } from 'lit';

/**
 * `<trending-region>`: big rank numbers, and the live bar. The bar has no height: it anchors the
 * new-items control over the boundary of heading and list, laid over both (absolute), so live mode
 * keeps no empty band under the heading and announcing a newer ranking never moves the list. The
 * control is small enough to sit in the gap between the heading's text and the first title.
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

  /* Above the entries, whose stretched links are positioned and would otherwise cover the control. */
  .live-bar {
    position: relative;
    z-index: 1;
    block-size: 0;
  }

  /* Centred across the list, its middle a little above the list's top edge: in the middle of the
     space between the header's margin (0.5em) and the first entry's padding. */
  .new-items {
    position: absolute;
    inset-block-start: calc(-0.125em / 0.8125);
    inset-inline: 0;
    translate: 0 -50%;
    inline-size: fit-content;
    margin-inline: auto;
    visibility: hidden;
    display: flex;
    align-items: center;
    gap: 0.35em;
    max-inline-size: 100%;
    block-size: calc(1.375em / 0.8125);
    padding: 0 calc(0.75em / 0.8125);
    /* Transparent, but drawn in forced colors, where the background is not: still a button. */
    border: 1px solid transparent;
    border-radius: 999px;
    font: inherit;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--news-trending-new-items-color, var(--_bg));
    background: var(--news-trending-new-items-background, var(--_accent));
    box-shadow: 0 0.125em 0.5em rgb(0 0 0 / 0.25);
    cursor: pointer;
  }
  /* No heading: the list's top is the widget's, whose paint containment would cut the control. */
  .header:empty + .live-bar .new-items {
    inset-block-start: 0;
    translate: none;
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
