import { css } from 'lit';

/** What every feed widget shares: the loading, empty, not-found and error states, and `.vh`. */
export const stateStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  [part~='skeleton'] {
    display: grid;
    gap: 0.75em;
  }
  .bone {
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
    min-height: 1em;
  }
  /*
   * One pulse per skeleton (the element holding the bones), not one per bone: every running
   * animation costs a style recalc to start, and 100 list skeletons of 9 bones each spent ~70 ms
   * of style recalc on the first frame (bench/run.mjs, 100 widgets). The bones pulse in step either way.
   */
  @media (prefers-reduced-motion: no-preference) {
    .bones {
      animation: news-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes news-pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* Host fallback children (a link, a headline) over the bones, which hold the box but are not
     seen: one grid cell for both, the taller sets the height. */
  .under-fallback > .bones,
  .under-fallback > slot {
    grid-area: 1 / 1;
  }
  .under-fallback > .bones {
    visibility: hidden;
    animation: none;
  }
  .under-fallback > slot {
    display: block;
  }

  [part~='empty'],
  [part~='not-found'],
  [part~='error'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  [part~='error'] p {
    margin: 0 0 0.75em;
    color: var(--_danger);
  }
  [part~='retry'] {
    font: inherit;
    color: var(--_bg);
    background: var(--_text);
    /* Transparent, but drawn in forced colors, where the background is not: still a button. */
    border: 1px solid transparent;
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.9em;
    cursor: pointer;
  }

  /* Visually hidden, still read by screen readers. */
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
