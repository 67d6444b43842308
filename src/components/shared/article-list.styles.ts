import { css } from 'lit';

/**
 * Entries of `<related-list>` and `<trending-region>`: heading, rows (optional thumbnail, linked
 * title, date and time), and skeleton rows built from the same boxes, so the loaded list takes
 * the skeleton's place without a jump. `--news-list-*` knobs fall back to the global tokens.
 *
 * The link covers its whole row (a "stretched" `::after`), so the row, thumbnail included, is one
 * click target and one tab stop, and the link's accessible name is the title alone.
 */
export const articleListStyles = css`
  /* Values that <related-list layout="compact"> overrides or that several rules read. */
  :host {
    --_list-title-size: var(--news-list-title-size, 1em);
    --_list-date-size: var(--news-list-date-size, 0.8125em);
    --_list-thumb-width: var(--news-list-thumbnail-width, 6.5em);
    --_list-item-padding: var(--news-list-item-padding, 0.75em);
    --_title-line: 1.35;
    --_date-line: 1.4;
    /* A list far from the viewport is not laid out or painted until it nears it: a portal with
       100 lists pays for the few on screen (bench/run.mjs, 100 widgets: about 20% less main
       thread). Until the first frame finds it near the viewport, a skipped list holds a
       five-entry list's height ("auto" then remembers its real one) and no width of its own, so a
       list far down a grid never widens its column. Hosts can opt out from outside:
       trending-region { content-visibility: visible }. */
    content-visibility: auto;
    contain-intrinsic-size: auto none auto 28em;
  }

  .header {
    display: flex;
    align-items: center;
    margin: 0 0 0.5em;
  }
  [part~='heading'],
  .heading-bone {
    margin: 0;
    font-size: var(--news-list-heading-size, 1.25em);
    line-height: 1.3;
    font-weight: 700;
    padding-inline-start: 0.48em;
    border-inline-start: 4px solid var(--news-list-heading-accent, var(--_accent));
  }
  [part~='heading'] {
    color: var(--news-list-heading-color, var(--_text));
  }
  /* The header's box without its wrapper: a flex item's width, the header's margin. */
  .heading-bone {
    --_bone-line: 1.3;
    inline-size: fit-content;
    max-inline-size: 100%;
    margin-block-end: 0.4em;
    border-inline-start-color: var(--_skeleton);
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .item {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    padding-block: var(--_list-item-padding);
    border-block-end: 1px solid var(--news-list-divider, var(--_border));
  }
  .item:last-child {
    border-block-end: 0;
  }

  .text {
    flex: 1;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }

  .link {
    color: var(--news-list-title-color, var(--_text));
    text-decoration: none;
  }
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: calc(var(--_radius) / 2);
  }
  .link[href]:hover .title {
    color: var(--news-list-title-hover-color, var(--_accent));
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .link:focus-visible {
    outline: none;
  }
  /* Inside the row: the host has paint containment (content-visibility), which would clip a
     ring drawn outside it. */
  .link:focus-visible::after {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }

  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-list-title-lines, 3);
    overflow: hidden;
    font-size: var(--_list-title-size);
    font-weight: var(--news-list-title-weight, 600);
    line-height: var(--_title-line);
    overflow-wrap: anywhere;
  }

  .date {
    color: var(--news-list-date-color, var(--_muted));
    font-size: var(--_list-date-size);
    line-height: var(--_date-line);
    font-variant-numeric: tabular-nums;
    /* A month name wider than a narrow column (big host fonts, spaced capitals) breaks instead
       of being cut off at the widget's edge. */
    overflow-wrap: anywhere;
  }

  /* An item without a date keeps its (empty) <time>: no gap for it. */
  .date:empty {
    display: none;
  }

  .thumb {
    flex: none;
    /* At most 28% of the row, so narrow sidebars keep room for the title. A percentage, not a
       container query: size containment would give the widget no intrinsic width in
       shrink-to-fit hosts (floats, inline-block, flex rows). */
    inline-size: min(var(--_list-thumb-width), 28%);
    block-size: auto;
    aspect-ratio: var(--news-list-thumbnail-ratio, 16 / 9);
    object-fit: cover;
    border-radius: var(--news-list-thumbnail-radius, calc(var(--_radius) / 2));
    background: var(--_skeleton);
  }
  /* A picture smaller than its box (marked on load, image-fit.ts) is shown whole at its own size
     on a plain surface, never scaled up: a grid card is often wider than a feed's small image. */
  .thumb[data-small] {
    object-fit: scale-down;
    background: var(--_surface);
  }

  /*
   * Skeleton text (heading, titles, dates): transparent text of the real text's length on a bone
   * background, so it wraps like the text that replaces it, at whatever width the host gives. A
   * fixed-width bar would not wrap, and its width would widen narrow columns (a grid's 1fr).
   * The bones are the real classes (.title, .date) inside .bones, with no inner element.
   */
  .bones .title {
    --_bone-line: var(--_title-line);
    --_bone-width: 32em;
  }
  .bones .date {
    --_bone-line: var(--_date-line);
    --_bone-width: 12em;
  }
  /* One element per bone: the real text's box (full width for titles and dates, the heading's
     own width), painted with one bar per line box: a background tile one line high, repeated
     down, as wide as the text it stands for at most, clipped to the content box so the heading's
     accent border keeps its place. */
  .heading-bone,
  .bones .title,
  .bones .date {
    --_bone-gap: calc((var(--_bone-line) - 0.9) * 0.5em);
    color: transparent;
    background: linear-gradient(
        transparent var(--_bone-gap),
        var(--_skeleton) 0 calc(100% - var(--_bone-gap)),
        transparent 0
      )
      0 0 / min(100%, var(--_bone-width, 100%)) calc(var(--_bone-line) * 1em) repeat-y content-box;
  }

  /* Forced colors would paint the bones' transparent text, a placeholder headline and date, in
     the system's text color: the bones keep their own colors there. */
  @media (forced-colors: active) {
    .heading-bone,
    .bones .title,
    .bones .date {
      forced-color-adjust: none;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .title {
      transition: color var(--_transition);
    }
  }
`;
