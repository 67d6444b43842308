import { css } from 'lit';

/** `<dark-mode-toggle>`: tier-two knobs (`--news-toggle-*`) falling back to the global tokens. */
export const toggleStyles = css`
  :host {
    --_toggle-h: var(--news-toggle-size, 1.5em);
    --_toggle-w: calc(var(--_toggle-h) * 1.8);
    --_toggle-gap: var(--news-toggle-gap, 0.5em);
    display: inline-block;
    vertical-align: middle;
    box-sizing: border-box;
    border-radius: var(--_radius);
    line-height: 1.25;
  }
  :host([hidden]) {
    display: none;
  }
  :host([data-news-theme]) {
    background-color: var(--news-toggle-background, var(--_bg));
  }
  /* The page itself takes the theme, so the toggle blends into the host's header. */
  :host([apply-to='document']) {
    background-color: var(--news-toggle-background, transparent);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  /* Each control keeps its label on one line; in a narrow header the system control wraps below,
     and only where even one control is too wide (large text on a phone) does a label wrap. */
  .base {
    display: inline-flex;
    flex-wrap: wrap;
    white-space: nowrap;
    align-items: center;
    gap: var(--_toggle-gap);
    max-inline-size: 100%;
  }
  .base > button {
    max-inline-size: 100%;
    white-space: normal;
  }

  button {
    font: inherit;
    margin: 0;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
  }

  .switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_toggle-gap);
    padding: 0.25em;
    border: 0;
    background: none;
    color: var(--news-toggle-label-color, var(--_text));
  }

  .track {
    position: relative;
    flex: none;
    inline-size: var(--_toggle-w);
    block-size: var(--_toggle-h);
    border-radius: calc(var(--_toggle-h) / 2);
    background: var(--news-toggle-track-color, var(--_control));
    transition: background-color var(--_transition);
  }
  [aria-checked='true'] .track {
    background: var(--news-toggle-track-checked-color, var(--_link));
  }

  .thumb {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    display: grid;
    place-items: center;
    inline-size: calc(var(--_toggle-h) - 4px);
    block-size: calc(var(--_toggle-h) - 4px);
    border-radius: 50%;
    background: var(--news-toggle-thumb-color, var(--_bg));
    color: var(--news-toggle-icon-color, var(--_text));
    transition: inset-inline-start var(--_transition);
  }
  /* A logical inset, not a translate: it follows the direction however the page sets it. :dir()
     sees only dir attributes, and a page made right-to-left by CSS alone slid the thumb out. */
  [aria-checked='true'] .thumb {
    inset-inline-start: calc(var(--_toggle-w) - var(--_toggle-h) + 2px);
  }

  .icon {
    inline-size: 70%;
    block-size: 70%;
  }

  .system {
    padding: 0.25em 0.5em;
    border: 1px solid transparent;
    background: none;
    color: var(--news-toggle-system-color, var(--_link));
    font-size: 0.875em;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .system[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
    text-decoration: none;
  }

  @media (forced-colors: active) {
    .track {
      border: 1px solid CanvasText;
    }
    [aria-checked='true'] .track {
      background: Highlight;
    }
    .thumb {
      background: CanvasText;
      color: Canvas;
    }
  }
`;
