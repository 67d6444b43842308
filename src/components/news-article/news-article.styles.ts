import { css } from 'lit';

/**
 * `<news-article>`: the article frame (meta line, headline, byline, hero, tags, read count), the
 * skeleton that mirrors it row for row, the enlarge dialog, and the prose stylesheet for the
 * sanitized body.
 *
 * The skeleton reuses the real rows' classes and sizes (`lh` units: one bone line is exactly one
 * line of the real text), so when the feed arrives the headline and the hero stay where the bones
 * were: no layout shift.
 */
export const articleStyles = css`
  /* The knobs read in several rules; the others (--news-article-max-width, -headline-size, -body-*,
     -line-height, -measure, -image-radius) are read where they are used. */
  /* One measure for the whole article: the hero, the body and every row between are as wide as
     the article, whose largest width is a comfortable line of the body (about 70 to 80
     characters of an 18px serif or sans), so the body is never a narrower column under a wider
     hero. A page that sets a list under the article to the same --news-article-max-width lines
     it up too. */
  :host {
    --_article-gap: var(--news-article-gap, var(--_space));
    --_article-accent: var(--news-article-accent, var(--_accent));
    --_headline-font: var(--news-article-headline-font, var(--_font));

    max-width: var(--news-article-max-width, 42em);
    /* Like every widget, the article paints a background only when its theme may differ from the
       page's (the theme controller set data-news-theme), or when the page asks for one. */
    background-color: var(--news-article-background, transparent);
  }
  :host([data-news-theme]) {
    background-color: var(--news-article-background, var(--_bg));
  }

  /* Rows, shared by the article and its skeleton. */
  /* The gap between rows is the container's, so an em gap is the widget's em, whatever the size
     of each row's text (a margin on the row would be in the row's em: 2.1 times as much above
     the headline). */
  .layout {
    display: flex;
    flex-direction: column;
    row-gap: var(--_article-gap);
  }
  .layout > * {
    margin: 0;
  }
  /* The category line sits half a gap from its headline. The margin is in the line's em, 0.875
     of the widget's: exact for the default gap, within a pixel or two for a gap set in px. */
  .layout > .meta:has(+ .headline) {
    margin-block-end: calc(var(--_article-gap) / -2 / 0.875);
  }

  .meta {
    font-size: 0.875em;
    line-height: 1.5;
    min-height: 1lh;
    color: var(--_muted);
  }
  [part~='category'] {
    color: var(--_article-accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }

  .headline {
    font-family: var(--_headline-font);
    font-size: var(--news-article-headline-size, clamp(1.5em, 1.1em + 1.6vw, 2.25em));
    line-height: 1.2;
    font-weight: 700;
    letter-spacing: -0.01em;
    text-wrap: balance;
    overflow-wrap: break-word;
    color: var(--_text);
  }

  .byline {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(0.35em / 0.9375);
    font-size: 0.9375em;
    line-height: 1.5;
    min-height: 1lh;
  }
  [part~='badge'] {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    color: var(--_link);
  }
  [part~='author'] a {
    color: inherit;
    font-weight: 600;
    text-decoration: none;
  }
  [part~='author'] a:hover {
    text-decoration: underline;
  }
  .author-name {
    font-weight: 600;
  }

  .frame {
    position: relative;
    overflow: hidden;
    border-radius: var(--news-article-image-radius, var(--_radius));
    background: var(--_skeleton);
  }
  /* A picture is never shown larger than it is: a 300px featured image stays 300px wide in a wide
     column, start-aligned like the text; larger ones fill the column. With width/height
     attributes the browser reserves that box (the attribute's width, at most the column, in the
     image's own ratio) before the image loads, and the frame wraps it, so "Perbesar" sits on the
     picture. Without them, a 16:9 box (the skeleton's) across the column, the picture cropped to
     fit, or shown whole on a plain surface when it turns out smaller than the box (data-small,
     set on load). Until it loads, the frame's skeleton color shows through. */
  .frame.fitted {
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  [part~='image'] {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  [part~='image'].unsized {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  [part~='image'][data-small] {
    object-fit: scale-down;
    background: var(--_surface);
  }
  [part~='caption'],
  .caption-bone {
    margin-block-start: calc(0.5em / 0.875);
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_muted);
  }

  /* The two buttons over images ("Perbesar" on the hero, "Tutup" in the dialog): light on dark,
     whatever the theme, because they sit on a photo. */
  [part~='enlarge'],
  [part~='close'] {
    position: absolute;
    inset-inline-end: calc(0.5em / var(--_own-size));
    display: inline-flex;
    align-items: center;
    padding: calc(0.35em / var(--_own-size)) calc(0.7em / var(--_own-size));
    font: inherit;
    font-size: calc(var(--_own-size) * 1em);
    font-weight: 600;
    color: #ffffff;
    background: rgb(0 0 0 / 0.72);
    border: 1px solid rgb(255 255 255 / 0.35);
    border-radius: 999px;
  }
  [part~='enlarge'] {
    --_own-size: 0.8125;
    inset-block-end: calc(0.5em / var(--_own-size));
    gap: calc(0.35em / var(--_own-size));
    cursor: zoom-in;
  }
  [part~='enlarge']:hover {
    background: rgb(0 0 0 / 0.88);
  }
  /* Only "Perbesar" and "Tutup" have an icon. */
  button svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }

  /* Under an excerpt: an action in the UI's face, not more of the article's text. */
  [part~='read-more'] {
    font-family: var(--_font);
    font-weight: 600;
  }

  [part~='attachments'] {
    display: grid;
    gap: 0.75em;
    margin-block: 1.5em;
  }
  [part~='attachment'] {
    inline-size: 100%;
    max-inline-size: 100%;
  }
  [part~='tags'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  [part~='tag'] {
    padding: calc(0.2em / 0.8125) calc(0.7em / 0.8125);
    font-size: 0.8125em;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  [part~='views'] {
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_muted);
    font-style: italic;
  }

  /* Skeleton bones: each line bone is one line of the real row's text. */
  /* One line of text: 1lh tall, the bone drawn in its middle 80%. Transparent borders rather than
     margins, which would collapse through the row and shift it. */
  .bone-line {
    display: block;
    height: 1lh;
    border-block: 0.1lh solid transparent;
    background-clip: padding-box;
  }
  .meta .bone-line {
    width: calc(9em / 0.875);
  }
  /* Headlines run to three lines on phones, two on wider screens; the last line is the short one. */
  .headline .bone-line:last-child {
    width: 62%;
  }
  @media (width > 30rem) {
    .headline .bone-line:nth-child(2) {
      width: 62%;
    }
    .headline .bone-line:nth-child(3) {
      display: none;
    }
  }
  .byline .bone-line {
    width: calc(8em / 0.9375);
  }
  .frame.bone {
    aspect-ratio: 16 / 9;
  }
  .caption-bone {
    width: 55%;
  }
  .body-bones .bone-line:nth-child(3n) {
    width: 88%;
  }
  .body-bones .bone-line:last-child {
    width: 48%;
  }

  /* The enlarge dialog (top layer). */
  dialog {
    max-width: min(96vw, 80em);
    max-height: 96vh;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    overflow: hidden;
    color: var(--_text);
    background: var(--_bg);
    box-shadow: 0 1em 3em rgb(0 0 0 / 0.4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.8);
  }
  dialog figure {
    margin: 0;
    display: grid;
  }
  [part~='dialog-image'] {
    max-width: 100%;
    max-height: calc(96vh - 4.5em);
    margin-inline: auto;
    object-fit: contain;
  }
  /* On a phone the inline hero already spans the column, so a dialog at 96% of the viewport would
     barely enlarge it: there the dialog spans the viewport edge to edge and the picture fills its
     width (up to the picture's own size, never blurred beyond it). Nothing locks zooming: the
     reader can pinch to zoom further. */
  @media (width <= 40rem) {
    dialog {
      inline-size: 100%;
      max-inline-size: none;
      margin-inline: 0;
      border-radius: 0;
    }
    [part~='dialog-image'] {
      inline-size: 100%;
      max-inline-size: max-content;
      block-size: auto;
    }
  }
  [part~='dialog-caption'] {
    padding: calc(0.75em / 0.9375) calc(3.5em / 0.9375) calc(0.75em / 0.9375) calc(1em / 0.9375);
    font-size: 0.9375em;
    line-height: 1.5;
  }
  [part~='close'] {
    --_own-size: 0.875;
    inset-block-start: calc(0.5em / var(--_own-size));
    gap: calc(0.3em / var(--_own-size));
    cursor: pointer;
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: news-article-zoom var(--_transition) ease-out;
    }
    dialog[open]::backdrop {
      animation: news-article-fade var(--_transition) ease-out;
    }
  }
  @keyframes news-article-zoom {
    from {
      opacity: 0;
      transform: scale(0.96);
    }
  }
  @keyframes news-article-fade {
    from {
      opacity: 0;
    }
  }
`;

/**
 * Prose for the sanitized body: a serif reading face, a comfortable measure and leading, and
 * readable defaults for what news HTML contains (subheads, quotes, figures, tables, code, embeds).
 * Colors come from the tokens, so the body follows light and dark like the rest.
 */
export const proseStyles = css`
  .prose {
    font-family: var(--news-article-body-font, var(--_font-serif));
    font-size: var(--news-article-body-size, 1.125em);
    line-height: var(--news-article-line-height, 1.7);
    color: var(--_text);
    overflow-wrap: break-word;
    max-width: var(--news-article-measure, 100%);
    /* WordPress layouts below follow the body's width, not the viewport's: in a sidebar the body
       is narrow on a wide screen. */
    container: news-body / inline-size;
  }
  .prose > :first-child {
    margin-block-start: 0;
  }
  .prose > :last-child {
    margin-block-end: 0;
  }
  .prose p,
  .prose ul,
  .prose ol,
  .prose dl,
  .prose pre,
  .prose table {
    margin-block: 0 1em;
  }
  .prose h2,
  .prose h3,
  .prose h4,
  .prose h5,
  .prose h6 {
    font-family: var(--_headline-font);
    line-height: 1.3;
    margin-block: 1.6em 0.5em;
    color: var(--_text);
  }
  .prose h2 {
    font-size: 1.35em;
  }
  .prose h3 {
    font-size: 1.2em;
  }
  .prose h4,
  .prose h5,
  .prose h6 {
    font-size: 1em;
  }
  .prose a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    text-decoration-thickness: 0.06em;
  }
  .prose a:hover {
    text-decoration-thickness: 0.12em;
  }
  .prose strong,
  .prose b {
    font-weight: 700;
  }
  .prose ul,
  .prose ol {
    padding-inline-start: 1.5em;
  }
  .prose li + li {
    margin-block-start: 0.35em;
  }
  .prose blockquote {
    margin: 1.5em 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 4px solid var(--_article-accent);
    color: var(--_text);
    font-style: italic;
  }
  .prose blockquote p:last-child {
    margin-block-end: 0;
  }
  /* The sanitizer keeps no <video> (src/sanitize/profile.ts). */
  .prose img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .prose figure {
    margin: 1.5em 0;
  }
  .prose figcaption {
    margin-block-start: 0.4em;
    font-family: var(--_font);
    font-size: 0.8em;
    line-height: 1.5;
    color: var(--_muted);
  }
  .prose iframe {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    border: 0;
    margin-block: 1.5em;
  }
  .prose hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin: 2em 0;
  }
  .prose table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
    font-family: var(--_font);
    font-size: 0.875em;
    line-height: 1.5;
  }
  .prose th,
  .prose td {
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .prose th {
    background: var(--_surface);
    font-weight: 600;
  }
  .prose code,
  .prose kbd,
  .prose samp {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.85em;
    padding: 0.1em 0.3em;
    background: var(--_surface);
    border-radius: 4px;
  }
  .prose pre {
    padding: 0.75em 1em;
    overflow-x: auto;
    background: var(--_surface);
    border-radius: calc(var(--_radius) / 2);
    line-height: 1.5;
  }
  .prose pre code {
    padding: 0;
    background: none;
  }
  .prose mark {
    background: color-mix(in srgb, var(--_article-accent) 25%, transparent);
    color: inherit;
  }

  /* WordPress layouts: the only classes the sanitizer keeps (src/sanitize/profile.ts), and all
     they do. "Narrow" is a body under 30em (of its own font size): a phone, or a sidebar. */

  /* Galleries: Gutenberg's (a figure of image figures, or a figure around a list) and the classic
     [gallery] shortcode's, as a grid of columns-N (WordPress's default is 3); two columns when
     narrow, unless the gallery asks for one. The count is inherited by the list inside. */
  .prose .has-nested-images,
  .prose .blocks-gallery-grid,
  .prose .gallery {
    display: grid;
    grid-template-columns: repeat(var(--_gallery-columns, 2), minmax(0, 1fr));
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .prose .blocks-gallery-grid {
    margin: 0;
  }
  .prose .gallery {
    margin-block: 1.5em;
  }
  .prose .columns-1,
  .prose .gallery-columns-1 {
    --_gallery-columns: 1;
  }
  .prose .has-nested-images > figure,
  .prose .blocks-gallery-item,
  .prose .blocks-gallery-item > figure,
  .prose .gallery-item {
    margin: 0;
  }
  .prose :is(.has-nested-images, .blocks-gallery-grid, .gallery) img {
    width: 100%;
  }
  /* The gallery's own caption spans the grid; the classic shortcode's row breaks have no place in it. */
  .prose .has-nested-images > figcaption {
    grid-column: 1 / -1;
  }
  .prose .gallery > br {
    display: none;
  }
  /* Cropped: every image fills its cell, so each row is as tall as its tallest image. */
  .prose .is-cropped .blocks-gallery-item > figure {
    height: 100%;
  }
  .prose .is-cropped img {
    height: 100%;
    object-fit: cover;
  }

  /* Columns: stacked when narrow, side by side in equal widths otherwise. */
  .prose .wp-block-columns {
    display: flex;
    flex-direction: column;
    column-gap: 2em;
    margin-block: 0 1em;
  }
  .prose .wp-block-column {
    min-width: 0;
  }

  /* Alignment: centered figures shrink to their image, the caption wrapping under it. */
  .prose figure.aligncenter {
    display: table;
    margin-inline: auto;
  }
  .prose figure.aligncenter > figcaption {
    display: table-caption;
    caption-side: bottom;
  }
  .prose img.aligncenter,
  .prose .aligncenter img {
    margin-inline: auto;
  }
  .prose .alignwide,
  .prose .alignfull {
    clear: both;
  }

  @container news-body (width >= 30em) {
    .prose .has-nested-images,
    .prose .blocks-gallery-grid,
    .prose .gallery {
      grid-template-columns: repeat(var(--_gallery-columns, 3), minmax(0, 1fr));
    }
    .prose :is(.columns-2, .gallery-columns-2) {
      --_gallery-columns: 2;
    }
    .prose :is(.columns-3, .gallery-columns-3) {
      --_gallery-columns: 3;
    }
    .prose :is(.columns-4, .gallery-columns-4) {
      --_gallery-columns: 4;
    }
    .prose :is(.columns-5, .gallery-columns-5) {
      --_gallery-columns: 5;
    }
    .prose :is(.columns-6, .gallery-columns-6) {
      --_gallery-columns: 6;
    }
    .prose :is(.columns-7, .gallery-columns-7) {
      --_gallery-columns: 7;
    }
    .prose :is(.columns-8, .gallery-columns-8) {
      --_gallery-columns: 8;
    }
    .prose .wp-block-columns {
      flex-direction: row;
    }
    .prose .wp-block-column {
      flex: 1 1 0;
    }
    /* Floats only where the text beside them still has room. */
    .prose .alignleft {
      float: left;
      max-width: 50%;
      margin: 0.25em 1.5em 1em 0;
    }
    .prose .alignright {
      float: right;
      max-width: 50%;
      margin: 0.25em 0 1em 1.5em;
    }
  }

  /* Embeds: the figure is the box; its aspect class sets the player's ratio (16:9 by default). */
  .prose .wp-block-embed iframe {
    margin-block: 0;
  }
  .prose .wp-embed-aspect-4-3 iframe {
    aspect-ratio: 4 / 3;
  }

  /* Quotes: a pullquote stands out between rules; citations are small and plain. */
  .prose .wp-block-pullquote {
    margin: 2em 0;
    padding: 1em 0;
    border-block: 4px solid var(--_article-accent);
    text-align: center;
  }
  .prose .wp-block-pullquote blockquote {
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 1.25em;
  }
  .prose :is(.wp-block-quote, .wp-block-pullquote) cite {
    display: block;
    margin-block-start: 0.5em;
    font-family: var(--_font);
    font-size: 0.8em;
    font-style: normal;
    color: var(--_muted);
  }
  .prose .wp-block-table table {
    margin: 0;
  }
`;
